package dk.tillid.bench;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import org.postgresql.PGConnection;

/**
 * The crowd around the one person of the access-package benchmark: generated people with rows in
 * every table the package reads, written with COPY in chunks, so that each of the package's lookups
 * by person finds its few rows among many. Per 100 people, about: 85 candidates with languages, 300
 * contact events, 15 employees with an employee file, CPR number, key, legal basis, two
 * employments, two placements, four absences and 50 timesheet lines each, 60 documents (rows only: nobody reads
 * their files), 40 consent facts, 30 disclosures, 5 mails and a request. Nobody here is the subject.
 */
final class BackgroundPeople {

    static final int CHUNK = 2_000;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final LocalDate TODAY = LocalDate.now();
    private static final String[] SKILLS = {"truck", "lager", "pluk", "svejsning", "rengøring", "kok", "chauffør",
            "kundeservice", "bogføring", "excel", "sosu", "montage", "produktion", "el", "vvs"};

    private final Random random;
    private final PGConnection connection;
    private final HexFormat hex = HexFormat.of();

    BackgroundPeople(Random random, PGConnection connection) {
        this.random = random;
        this.connection = connection;
    }

    void load(int scale) throws Exception {
        DanishPeople people = new DanishPeople(4242);
        for (int from = 0; from < scale; from += CHUNK) {
            Tables t = new Tables();
            for (int i = from; i < Math.min(scale, from + CHUNK); i++) {
                person(t, people, i);
            }
            t.copy(this);
        }
    }

    private void person(Tables t, DanishPeople people, int i) {
        UUID id = UUID.randomUUID();
        boolean contact = i % 20 == 19;
        boolean employee = !contact && random.nextInt(100) < 15;
        NewPerson generated = people.next(contact ? PersonKind.BUSINESS_CONTACT : PersonKind.CANDIDATE);
        Instant registered = NOW.minus(1 + random.nextInt(3650), ChronoUnit.DAYS);
        Instant lastContact = between(registered, NOW);
        t.person.append(id).append('\t').append(contact ? "BUSINESS_CONTACT" : employee ? "EMPLOYEE" : "CANDIDATE").append('\t')
                .append(generated.name().givenName()).append('\t').append(generated.name().familyName()).append('\t')
                .append(i).append('.').append(generated.contact().email()).append('\t').append(generated.contact().phone())
                .append('\t').append(generated.dateOfBirth() == null ? "\\N" : generated.dateOfBirth().toString()).append('\t')
                .append(generated.address().street()).append('\t').append(generated.address().postcode()).append('\t')
                .append(generated.address().city()).append("\tDanmark\t").append(registered).append('\t').append(lastContact)
                .append("\t\\N\t0\n");
        for (int k = 0; k < 3; k++) {
            t.contacts.append(id).append('\t').append(k == 0 ? "REGISTRATION" : "CALL").append('\t')
                    .append(k == 0 ? registered : between(registered, NOW)).append("\tbench\t")
                    .append(k == 2 ? "Ringede om ledige vagter" : "\\N").append('\n');
        }
        if (!contact) {
            candidate(t, id, registered);
        }
        if (employee) {
            employee(t, id, registered);
        }
        if (random.nextInt(100) < 30) {
            t.consents.append(id).append("\tP-PUR-2\t\\N\tGIVEN\tmarketing-2026-11-29\tWEBSITE\t").append(registered)
                    .append("\tbench\n");
            if (random.nextInt(3) == 0) {
                t.consents.append(id).append("\tP-PUR-2\t\\N\tWITHDRAWN\tmarketing-2026-11-29\tPORTAL\t")
                        .append(between(registered, NOW)).append("\tbench\n");
            }
        }
        if (random.nextInt(100) < 5) {
            t.outbox.append(UUID.randomUUID()).append('\t').append(id).append("\tCANDIDATE_CONFIRMATION\t")
                    .append(generated.contact().email()).append("\tBekræft din e-mail\tBekræft venligst din adresse.\t")
                    .append(registered).append("\tSENT\t1\t").append(registered).append('\t').append(registered).append('\n');
        }
        if (random.nextInt(100) == 0) {
            LocalDate received = TODAY.minusDays(random.nextInt(60));
            t.requests.append(UUID.randomUUID()).append('\t').append(id).append("\tACCESS\tEMAIL\t").append(received)
                    .append("\tOPEN\t").append(received).append("T09:00:00Z\tbench\n");
        }
    }

    private void candidate(Tables t, UUID id, Instant registered) {
        String skill = SKILLS[random.nextInt(SKILLS.length)];
        t.candidates.append(id).append('\t').append("Erfaren medarbejder inden for ").append(skill).append('\t')
                .append("Stabil og mødestabil, gerne skiftehold.").append("\t{").append(skill).append(',')
                .append(SKILLS[random.nextInt(SKILLS.length)]).append("}\t").append(random.nextBoolean() ? "TEMPORARY" : "EITHER")
                .append("\t\\N\t\\N\t[]\t[{\"id\":\"").append(UUID.randomUUID())
                .append("\",\"kind\":\"JOB\",\"employer\":\"Firma ApS\",\"title\":\"Medarbejder\",\"startedOn\":\"2015-01-01\",")
                .append("\"endedOn\":\"2019-12-31\",\"description\":null}]\t[]\t\\N\t[]\t[]\tWEBSITE\t").append(registered)
                .append("\t0\n");
        t.languages.append(id).append("\tda\tNATIVE\n");
        if (random.nextBoolean()) {
            t.languages.append(id).append("\ten\tB2\n");
        }
        int documents = random.nextInt(100) < 40 ? 1 + random.nextInt(2) : 0;
        for (int k = 0; k < documents; k++) {
            byte[] name = new byte[40];
            random.nextBytes(name);
            byte[] storage = new byte[16];
            random.nextBytes(storage);
            t.documents.append(UUID.randomUUID()).append('\t').append(id).append("\tCV\tapplication/pdf\t")
                    .append(20_000 + random.nextInt(200_000)).append("\t\\\\x").append(hex.formatHex(name)).append('\t')
                    .append(hex.formatHex(storage)).append("\t'").append(skill).append("':1 'erfaring':2\t")
                    .append(between(registered, NOW)).append("\tbench\n");
        }
    }

    /** An employee file with two employments, each an ended or running placement with 25 timesheet lines. */
    private void employee(Tables t, UUID id, Instant registered) {
        byte[] secret = new byte[60];
        random.nextBytes(secret);
        String cipher = "\\\\x" + hex.formatHex(secret);
        t.files.append(id).append("\tDK\t\\N\t\\N\t\\N\t\\N\t\\N\t").append(cipher).append('\t').append(registered).append('\t')
                .append(registered).append('\n');
        t.cprs.append(UUID.randomUUID()).append('\t').append(id).append('\t').append(cipher).append("\t2000-01-01\t\\N\t")
                .append(registered).append("\tbench\n");
        t.keys.append(id).append('\t').append(cipher).append("\t1\t").append(registered).append("\t\\N\n");
        t.grounds.append(id).append("\tP-DATA-7\tDBL-11\tDatabeskyttelseslovens § 11\t").append(registered)
                .append("\tbench\t\\N\t\\N\n");
        LocalDate registeredOn = LocalDate.ofInstant(registered, java.time.ZoneOffset.UTC);
        LocalDate start = registeredOn.plusDays(14).isBefore(TODAY.minusDays(450)) ? registeredOn.plusDays(14) : TODAY.minusDays(450);
        for (int e = 0; e < 2; e++) {
            UUID employment = UUID.randomUUID();
            UUID assignment = UUID.randomUUID();
            LocalDate first = start.plusDays(e * 200L);
            boolean ended = e == 0 || random.nextBoolean();
            LocalDate last = ended ? first.plusDays(120) : null;
            t.employments.append(employment).append('\t').append(id).append("\tTEMPORARY\tLagermedarbejder\tKunde A/S\t")
                    .append(first).append('\t').append(last == null ? "\\N" : last.toString()).append("\t185.50\t")
                    .append(registered).append('\n');
            t.placements.append(UUID.randomUUID()).append('\t').append(UUID.randomUUID()).append('\t').append(UUID.randomUUID())
                    .append('\t').append(id).append("\t\\N\t").append(ended ? "ENDED" : "STARTED").append('\t').append(registered)
                    .append("\tbench\t").append(registered).append('\t').append(employment).append('\t').append(assignment)
                    .append('\t').append(first).append("\t185.50\t").append(last == null ? "\\N" : last.toString()).append("\t0\n");
            t.disclosures.append(id).append("\tP-REC-1\tKunde A/S\t{P-DATA-1,P-DATA-2}\tP-PUR-3\tART6-1-B\te-mail\t")
                    .append(registered).append("\tbench\tDELIVERED\t").append(registered).append('\n');
            for (int a = 0; a < 2; a++) {
                LocalDate away = first.plusDays(30 + a * 40L);
                t.absences.append(UUID.randomUUID()).append('\t').append(id).append('\t').append(away).append('\t')
                        .append(away.plusDays(a == 0 ? 4 : 1)).append('\t').append(a == 0 ? "VACATION\t\\N" : "SICKNESS\t" + cipher)
                        .append('\t').append(registered).append("\tbench\n");
            }
            for (int d = 0; d < 25; d++) {
                t.timesheets.append(employment).append('\t').append(id).append('\t').append(assignment).append('\t')
                        .append(first.plusDays(d)).append("\t7.50\t").append(registered).append("\tbench\n");
            }
        }
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
    private static final class Tables {
        final StringBuilder person = new StringBuilder();
        final StringBuilder contacts = new StringBuilder();
        final StringBuilder candidates = new StringBuilder();
        final StringBuilder languages = new StringBuilder();
        final StringBuilder documents = new StringBuilder();
        final StringBuilder files = new StringBuilder();
        final StringBuilder cprs = new StringBuilder();
        final StringBuilder keys = new StringBuilder();
        final StringBuilder grounds = new StringBuilder();
        final StringBuilder employments = new StringBuilder();
        final StringBuilder placements = new StringBuilder();
        final StringBuilder timesheets = new StringBuilder();
        final StringBuilder absences = new StringBuilder();
        final StringBuilder consents = new StringBuilder();
        final StringBuilder disclosures = new StringBuilder();
        final StringBuilder outbox = new StringBuilder();
        final StringBuilder requests = new StringBuilder();

        void copy(BackgroundPeople to) throws Exception {
            to.copy("person (id, kind, given_name, family_name, email, phone, date_of_birth, street, postcode, city, country,"
                    + " registered_at, last_contact_at, unregistered_at, version)", person);
            to.copy("contact_event (person_id, kind, occurred_at, recorded_by, note)", contacts);
            to.copy("candidate (person_id, headline, summary, skills, work_type, preferred_area, available_from, education,"
                    + " experience, courses, unemployment, next_of_kin, referees, registered_via, email_confirmed_at, version)",
                    candidates);
            to.copy("candidate_language (person_id, language, level)", languages);
            to.copy("document (id, person_id, kind, media_type, size_bytes, display_name, storage_name, search, uploaded_at,"
                    + " uploaded_by)", documents);
            to.copy("employee_file (person_id, nationality, id_document_type, id_document_number, id_document_expiry,"
                    + " permit_type, permit_expiry, bank_account, created_at, updated_at)", files);
            to.copy("cpr_number (id, person_id, ciphertext, valid_from, valid_to, recorded_at, recorded_by)", cprs);
            to.copy("person_key (subject_id, wrapped_key, master_key_id, created_at, destroyed_at)", keys);
            to.copy("legal_basis_record (subject_id, category, legal_basis, reference, recorded_at, recorded_by, ended_at,"
                    + " ended_by)", grounds);
            to.copy("employment (id, person_id, kind, title, employer_or_client, start_date, last_day, hourly_pay, created_at)",
                    employments);
            to.copy("placement (id, job_order_id, client_id, person_id, contact_id, status, proposed_at, proposed_by,"
                    + " decided_at, employment_id, assignment_id, started_on, hourly_pay, ended_on, version)", placements);
            to.copy("timesheet_line (employment_id, person_id, assignment_id, work_date, hours, recorded_at, recorded_by)",
                    timesheets);
            to.copy("absence (id, person_id, first_day, last_day, type, health_reason, recorded_at, recorded_by)", absences);
            to.copy("consent_event (subject_id, purpose, category, kind, wording_version, channel, occurred_at, recorded_by)",
                    consents);
            to.copy("disclosure (subject_id, recipient, recipient_name, categories, purpose, legal_basis, channel,"
                    + " disclosed_at, disclosed_by, status, settled_at)", disclosures);
            to.copy("notification_outbox (id, subject, kind, recipient, subject_line, body, created_at, status, attempts,"
                    + " next_attempt_at, sent_at)", outbox);
            to.copy("subject_request (id, subject_id, kind, channel, received_on, status, recorded_at, recorded_by)", requests);
        }
    }
}
