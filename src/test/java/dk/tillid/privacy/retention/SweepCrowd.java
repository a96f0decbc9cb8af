package dk.tillid.privacy.retention;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import org.postgresql.PGConnection;

/**
 * The people of the retention sweep benchmark, written with COPY in chunks (as the schema's owner).
 * Due candidates never worked here and were last contacted 200 to 1,000 days ago, with what such a
 * candidate has: the person, three contact events, the candidate row with its CV sections and one or
 * two languages, and for some a consent fact, a key, a portal sign-in or a document row (no file).
 * The people who must survive are candidates contacted in the last 90 days (a tenth of them with a
 * restriction of processing that was lifted, a row that stays) and employees still
 * employed (their last contact is old: the running employment is what keeps them). Every person
 * written is listed in {@code bench_person} under a phase, so the benchmark can count, delete and
 * check them by phase without holding their ids in the heap it measures.
 */
final class SweepCrowd {

    enum Kind { DUE, RECENT, EMPLOYED }

    static final int CHUNK = 2_000;
    static final String LIST = "CREATE TABLE IF NOT EXISTS bench_person (id uuid PRIMARY KEY, phase text NOT NULL, n integer NOT NULL)";

    private final PGConnection connection;
    private final Random random;
    private final Instant now;
    private final DanishPeople people;
    private final HexFormat hex = HexFormat.of();
    private int serial;

    SweepCrowd(PGConnection connection, long seed, Instant now) {
        this.connection = connection;
        this.random = new Random(seed);
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.people = new DanishPeople(seed);
    }

    /** Writes {@code count} people of {@code kind}, listed under {@code phase} and numbered from 0. */
    void load(String phase, Kind kind, int count) throws Exception {
        for (int from = 0; from < count; from += CHUNK) {
            Rows rows = new Rows();
            for (int n = from; n < Math.min(count, from + CHUNK); n++) {
                person(rows, phase, kind, n);
            }
            rows.copy(this);
        }
    }

    private void person(Rows t, String phase, Kind kind, int n) {
        UUID id = UUID.randomUUID();
        serial++;
        NewPerson generated = people.next(PersonKind.CANDIDATE);
        Instant lastContact = switch (kind) {
            case DUE -> now.minus(200 + random.nextInt(800), ChronoUnit.DAYS);
            case RECENT -> now.minus(random.nextInt(90), ChronoUnit.DAYS);
            case EMPLOYED -> now.minus(400 + random.nextInt(400), ChronoUnit.DAYS);
        };
        Instant registered = lastContact.minus(random.nextInt(1000), ChronoUnit.DAYS);
        t.list.append(id).append('\t').append(phase).append('\t').append(n).append('\n');
        t.person.append(id).append('\t').append(kind == Kind.EMPLOYED ? "EMPLOYEE" : "CANDIDATE").append('\t')
                .append(generated.name().givenName()).append('\t').append(generated.name().familyName()).append('\t')
                .append("s").append(serial).append('.').append(phase).append('.').append(generated.contact().email()).append('\t')
                .append(generated.contact().phone()).append('\t')
                .append(generated.dateOfBirth() == null ? "\\N" : generated.dateOfBirth().toString()).append('\t')
                .append(generated.address().street()).append('\t').append(generated.address().postcode()).append('\t')
                .append(generated.address().city()).append("\tDanmark\t").append(registered).append('\t').append(lastContact)
                .append("\t\\N\t0\n");
        t.contacts.append(id).append("\tREGISTRATION\t").append(registered).append("\tbench\t\\N\n");
        t.contacts.append(id).append("\tCALL\t").append(between(registered, lastContact)).append("\tbench\tRingede om ledige vagter\n");
        t.contacts.append(id).append("\tEMAIL\t").append(lastContact).append("\tbench\t\\N\n");
        candidate(t, id, registered);
        if (random.nextInt(100) < 30) {
            t.consents.append(id).append("\tP-PUR-2\t\\N\tGIVEN\tmarketing-2026-11-29\tWEBSITE\t").append(registered)
                    .append("\tbench\n");
        }
        if (random.nextInt(100) < 40) {
            t.keys.append(id).append("\t\\\\x").append(bytes(60)).append("\t1\t").append(registered).append("\t\\N\n");
        }
        if (random.nextInt(100) < 20) {
            Instant signedIn = between(registered, lastContact);
            t.signIns.append("\\\\x").append(bytes(32)).append('\t').append(id).append('\t').append(signedIn).append('\t')
                    .append(signedIn.plusSeconds(600)).append('\t').append(signedIn.plusSeconds(60)).append('\n');
        }
        if (random.nextInt(100) < 5) {
            t.documents.append(UUID.randomUUID()).append('\t').append(id).append("\tCV\tapplication/pdf\t")
                    .append(20_000 + random.nextInt(200_000)).append("\t\\\\x").append(bytes(40)).append('\t').append(bytes(16))
                    .append("\t'lager':1 'erfaring':2\t").append(registered).append("\tbench\n");
        }
        if (kind == Kind.RECENT && random.nextInt(100) < 10) {
            // A restriction that was lifted: the row stays, so the table grows with the years (Art. 18).
            Instant restricted = between(registered, lastContact);
            t.restrictions.append(id).append('\t').append(restricted).append("\tbench\tKlage over en reference\t")
                    .append(restricted.plus(30, ChronoUnit.DAYS)).append("\tbench\n");
        }
        if (kind == Kind.EMPLOYED) {
            LocalDate started = LocalDate.ofInstant(lastContact, ZoneOffset.UTC);
            t.files.append(id).append("\tDK\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t").append(registered).append('\t').append(registered)
                    .append('\n');
            t.employments.append(UUID.randomUUID()).append('\t').append(id).append("\tTEMPORARY\tLagermedarbejder\tKunde A/S\t")
                    .append(started).append("\t\\N\t185.50\t").append(registered).append('\n');
        }
    }

    private void candidate(Rows t, UUID id, Instant registered) {
        t.candidates.append(id).append("\tErfaren lagermedarbejder\tStabil og mødestabil, gerne skiftehold.\t{lager,truck}\t")
                .append(random.nextBoolean() ? "TEMPORARY" : "EITHER").append("\tStorkøbenhavn\t\\N\t")
                .append("[{\"id\":\"").append(UUID.randomUUID()).append("\",\"institution\":\"Erhvervsskolen\",")
                .append("\"title\":\"Lagerlogistik\",\"startedOn\":\"2010-08-01\",\"endedOn\":\"2012-06-30\"}]\t")
                .append("[{\"id\":\"").append(UUID.randomUUID()).append("\",\"kind\":\"JOB\",\"employer\":\"Firma ApS\",")
                .append("\"title\":\"Medarbejder\",\"startedOn\":\"2015-01-01\",\"endedOn\":\"2019-12-31\",\"description\":null}]\t")
                .append("[{\"id\":\"").append(UUID.randomUUID()).append("\",\"title\":\"Truckcertifikat B\",\"year\":2016}]\t")
                .append("\\N\t[]\t[]\tWEBSITE\t").append(registered).append("\t0\n");
        t.languages.append(id).append("\tda\tNATIVE\n");
        if (random.nextBoolean()) {
            t.languages.append(id).append("\ten\tB2\n");
        }
    }

    private String bytes(int n) {
        byte[] value = new byte[n];
        random.nextBytes(value);
        return hex.formatHex(value);
    }

    private Instant between(Instant from, Instant to) {
        long seconds = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (random.nextDouble() * seconds));
    }

    private void copy(String table, StringBuilder rows) throws Exception {
        if (!rows.isEmpty()) {
            connection.getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
        }
    }

    /** One chunk's rows, table by table, in the order the foreign keys need. */
    private static final class Rows {
        final StringBuilder list = new StringBuilder();
        final StringBuilder person = new StringBuilder();
        final StringBuilder contacts = new StringBuilder();
        final StringBuilder candidates = new StringBuilder();
        final StringBuilder languages = new StringBuilder();
        final StringBuilder consents = new StringBuilder();
        final StringBuilder keys = new StringBuilder();
        final StringBuilder signIns = new StringBuilder();
        final StringBuilder documents = new StringBuilder();
        final StringBuilder files = new StringBuilder();
        final StringBuilder restrictions = new StringBuilder();
        final StringBuilder employments = new StringBuilder();

        void copy(SweepCrowd to) throws Exception {
            to.copy("bench_person (id, phase, n)", list);
            to.copy("person (id, kind, given_name, family_name, email, phone, date_of_birth, street, postcode, city, country,"
                    + " registered_at, last_contact_at, unregistered_at, version)", person);
            to.copy("contact_event (person_id, kind, occurred_at, recorded_by, note)", contacts);
            to.copy("candidate (person_id, headline, summary, skills, work_type, preferred_area, available_from, education,"
                    + " experience, courses, unemployment, next_of_kin, referees, registered_via, email_confirmed_at, version)",
                    candidates);
            to.copy("candidate_language (person_id, language, level)", languages);
            to.copy("consent_event (subject_id, purpose, category, kind, wording_version, channel, occurred_at, recorded_by)",
                    consents);
            to.copy("person_key (subject_id, wrapped_key, master_key_id, created_at, destroyed_at)", keys);
            to.copy("portal_sign_in (token_hash, person_id, created_at, expires_at, used_at)", signIns);
            to.copy("document (id, person_id, kind, media_type, size_bytes, display_name, storage_name, search, uploaded_at,"
                    + " uploaded_by)", documents);
            to.copy("processing_restriction (person_id, restricted_at, restricted_by, reason, lifted_at, lifted_by)", restrictions);
            to.copy("employee_file (person_id, nationality, id_document_type, id_document_number, id_document_expiry,"
                    + " permit_type, permit_expiry, bank_account, created_at, updated_at)", files);
            to.copy("employment (id, person_id, kind, title, employer_or_client, start_date, last_day, hourly_pay, created_at)",
                    employments);
        }
    }
}
