package dk.tillid.privacy.requests;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Copying fields between JSON trees, leaving out what is absent: the schemas want no nulls and no empty text. */
final class JsonFields {

    private static final Map<String, String> COUNTRY_CODES = countryCodes();
    /** An RFC 5321 mailbox in plain ASCII: dot-separated atoms, @, a host name of dot-separated labels. */
    private static final Pattern PLAIN_MAILBOX = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    private JsonFields() {
    }

    /** Copies {@code from.field} to {@code to.as} if it has a value. */
    static void copy(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode value = from == null ? null : from.get(field);
        if (present(value)) {
            to.set(as, value);
        }
    }

    static void copy(JsonNode from, String field, ObjectNode to) {
        copy(from, field, to, field);
    }

    static void put(ObjectNode to, String as, JsonNode value) {
        if (present(value)) {
            to.set(as, value);
        }
    }

    static void put(ObjectNode to, String as, String value) {
        if (value != null && !value.isBlank()) {
            to.put(as, value);
        }
    }

    static String text(JsonNode from, String field) {
        JsonNode value = from == null ? null : from.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static boolean present(JsonNode value) {
        return value != null && !value.isNull() && !value.isMissingNode()
                && !(value.isString() && value.asString().isBlank());
    }

    /** Whether JSON Resume's "email" format (RFC 5321) certainly holds this address. */
    static boolean isPlainMailbox(String email) {
        return email != null && email.length() <= 254 && PLAIN_MAILBOX.matcher(email).matches();
    }

    /**
     * The ISO 3166 code of a country the person named in Danish or English ("Danmark", "Denmark",
     * "DK"); null if it is not one we can tell.
     */
    static String countryCode(String country) {
        return country == null ? null : COUNTRY_CODES.get(country.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> countryCodes() {
        Map<String, String> codes = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(code).build();
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            codes.put(country.getDisplayCountry(Locale.forLanguageTag("da")).toLowerCase(Locale.ROOT), code);
        }
        return Map.copyOf(codes);
    }
}
