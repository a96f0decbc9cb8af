package dk.tillid.person;

/** A postal address; Danish by default, but any country is allowed. */
public record PostalAddress(String street, String postcode, String city, String country) {

    public PostalAddress {
        street = Text.required(street, "street", 200);
        postcode = Text.required(postcode, "postcode", 12);
        city = Text.required(city, "city", 100);
        country = Text.optional(country, "country", 100);
        if (country == null) {
            country = "Danmark";
        }
    }

    /** Never the values: this may end up in a log or an exception message. */
    @Override
    public String toString() {
        return "PostalAddress[redacted]";
    }
}
