package dk.tillid.client;

import java.util.Locale;

import dk.tillid.platform.Fields;

/**
 * A client company as the agency records it. The CVR number is checked by its modulus-11 rule,
 * which (unlike the CPR number's) holds for every number the register has issued.
 */
public record CompanyDetails(String name, String cvr, String street, String postcode, String city) {

    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public CompanyDetails {
        name = Fields.required(name, "company name", 200);
        cvr = cvr == null ? "" : cvr.replaceAll("\\s", "").toUpperCase(Locale.ROOT).replaceFirst("^DK", "");
        if (!isCvr(cvr)) {
            throw new IllegalArgumentException("A CVR number has 8 digits and passes the CVR register's check");
        }
        street = Fields.optional(street, "street", 200);
        postcode = Fields.optional(postcode, "postcode", 4);
        if (postcode != null && !postcode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("A Danish postcode has 4 digits");
        }
        city = Fields.optional(city, "city", 100);
    }

    static boolean isCvr(String cvr) {
        if (cvr == null || !cvr.matches("[1-9][0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (cvr.charAt(i) - '0') * CVR_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }
}
