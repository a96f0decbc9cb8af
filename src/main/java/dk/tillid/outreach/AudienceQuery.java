package dk.tillid.outreach;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a campaign's audience a page at a time: first the people whose marketing consent stands
 * now (the ledger, in id order), then, among them only, those the criteria fit (the person module's
 * published directory), each with the reason, if any, that
 * marketing must not reach them (unregistered, restricted, no address, on the suppression list).
 */
@Component
class AudienceQuery {

    /** Consenting people read from the ledger per page. */
    static final int PAGE = 500;

    /** One person the criteria fit, and why not to mail them, if there is a reason. */
    record Prospect(PersonId id, String email, String name, Optional<String> barred) {

        @Override
        public String toString() {
            return "Prospect[" + id + "]";
        }
    }

    /** A page: the people it found, and the last consenting id it looked at (null when the ledger is through). */
    record Page(List<Prospect> prospects, SubjectId last) {
    }

    private final ConsentLedger consents;
    private final Suppressions suppressions;
    private final JdbcClient jdbc;

    AudienceQuery(ConsentLedger consents, Suppressions suppressions, JdbcClient jdbc) {
        this.consents = consents;
        this.suppressions = suppressions;
        this.jdbc = jdbc;
    }

    Page page(Audience audience, SubjectId after) {
        List<SubjectId> consenting = consents.standingFor(PurposeId.MARKETING, after, PAGE);
        if (consenting.isEmpty()) {
            return new Page(List.of(), null);
        }
        record Row(Reach.Contact contact, String name) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT p.id, p.email, p.kind, p.unregistered_at IS NOT NULL AS unregistered, p.restricted,
                               p.given_name, p.family_name
                        FROM person_directory p
                        WHERE p.id = ANY(:ids)
                          AND (CAST(:kind AS text) IS NULL OR p.kind = CAST(:kind AS text))
                          AND (CAST(:city AS text) IS NULL OR lower(p.city) = lower(CAST(:city AS text)))
                        ORDER BY p.id""")
                .param("ids", consenting.stream().map(SubjectId::value).toArray(UUID[]::new))
                .param("kind", audience.kind() == null ? null : audience.kind().name())
                .param("city", audience.city())
                .query((row, n) -> new Row(new Reach.Contact(new PersonId(row.getObject("id", UUID.class)),
                        row.getString("email"), row.getString("kind"), row.getBoolean("unregistered"),
                        row.getBoolean("restricted")), row.getString("given_name") + " " + row.getString("family_name")))
                .list();
        Set<PersonId> objected = rows.isEmpty() ? Set.of() : new HashSet<>(suppressions.among(
                rows.stream().map(row -> row.contact().id()).toList(),
                rows.stream().map(row -> row.contact().email()).toList()));
        List<Prospect> prospects = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Optional<String> barred = Reach.marketingBarred(row.contact());
            if (barred.isEmpty() && objected.contains(row.contact().id())) {
                barred = Optional.of("OBJECTED");
            }
            prospects.add(new Prospect(row.contact().id(), row.contact().email(), row.name(), barred));
        }
        return new Page(prospects, consenting.get(consenting.size() - 1));
    }
}
