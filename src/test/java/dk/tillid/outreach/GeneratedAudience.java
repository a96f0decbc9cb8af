package dk.tillid.outreach;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated people (no real person) for campaigns to many, written with set-based SQL: registering
 * thousands one by one through the person module would take longer than the sending it is there to
 * measure. Every address holds the tag, so a test counts its own mail among everyone else's; names
 * are letters only (the digits of the number spelt as letters), as the name rules require.
 */
record GeneratedAudience(JdbcClient jdbc, String town, String tag) {

    /** {@code n} candidates in the town whose marketing consent stands; returns how many were made. */
    int optedIn(String prefix, int n) {
        int made = people(prefix, n, town);
        consent(prefix, "GIVEN");
        return made;
    }

    /** {@code n} people in the town who never gave the marketing consent. */
    int withoutConsent(String prefix, int n) {
        return people(prefix, n, town);
    }

    /** {@code n} people in the town who gave the marketing consent and took it back. */
    int withdrawn(String prefix, int n) {
        int made = people(prefix, n, town);
        consent(prefix, "GIVEN");
        consent(prefix, "WITHDRAWN");
        return made;
    }

    /** {@code n} opted-in people in another town, whom a campaign for this town must not reach. */
    int optedInElsewhere(String prefix, int n, String otherTown) {
        int made = people(prefix, n, otherTown);
        consent(prefix, "GIVEN");
        return made;
    }

    /** The address of the {@code i}th person made with {@code prefix} (1-based), as the person module stores it. */
    String address(String prefix, int i) {
        return prefix + i + "-" + tag + "@example.dk";
    }

    /** What every address made with {@code prefix} matches in SQL's LIKE. */
    String addressPattern(String prefix) {
        return prefix + "%-" + tag + "@example.dk";
    }

    private int people(String prefix, int n, String inTown) {
        return jdbc.sql("""
                        INSERT INTO person (id, kind, given_name, family_name, email, city, postcode, street, registered_at,
                                            last_contact_at, version)
                        SELECT gen_random_uuid(), 'CANDIDATE', 'Navn', 'Nummer' || translate(g::text, '0123456789', 'abcdefghij'),
                               :prefix || g || '-' || :tag || '@example.dk', :town, '7100', 'Torvet 1', now(), now(), 0
                        FROM generate_series(1, :n) g""")
                .param("prefix", prefix).param("tag", tag).param("town", inTown).param("n", n)
                .update();
    }

    private void consent(String prefix, String kind) {
        jdbc.sql("""
                        INSERT INTO consent_event (subject_id, purpose, category, kind, wording_version, channel, occurred_at,
                                                   recorded_by)
                        SELECT id, 'P-PUR-2', NULL, :kind, :wording, 'WEBSITE', now(), 'generated' FROM person
                        WHERE email LIKE :pattern ORDER BY id""")
                .param("kind", kind).param("wording", OutreachPeople.WORDING).param("pattern", addressPattern(prefix))
                .update();
    }
}
