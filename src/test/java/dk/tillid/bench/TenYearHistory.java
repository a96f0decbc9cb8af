package dk.tillid.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dk.tillid.MutableClock;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.Course;
import dk.tillid.candidate.Education;
import dk.tillid.candidate.Experience;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.NextOfKin;
import dk.tillid.candidate.Profile;
import dk.tillid.candidate.Referee;
import dk.tillid.candidate.Unemployment;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.CompanyDetails;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrderDetails;
import dk.tillid.client.JobOrders;
import dk.tillid.client.NewContact;
import dk.tillid.demo.DanishPeople;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.document.Upload;
import dk.tillid.employment.EmploymentBenchmarkAccess;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.placement.PlacementId;
import dk.tillid.placement.Placements;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import org.springframework.context.ApplicationContext;

/**
 * One person's ten years with the agency, made through the modules' own APIs with the clock moved
 * through the years, so the access package finds everything where the application put it:
 * registration and CV sections, 40 contacts (half of the notes naming someone else), 20 uploaded files (encrypted in the file store), consents
 * given and withdrawn, five assignments with 100 timesheet lines each (the last still running) and
 * a rejected proposal before each, CPR number, bank account, 20 absences (three with a health
 * reason), and yearly payroll and tax disclosures besides the proposals.
 */
final class TenYearHistory {

    static final int ASSIGNMENTS = 5;
    static final int DAYS_PER_ASSIGNMENT = 100;
    static final int DOCUMENTS = 20;

    private final MutableClock clock;
    private final Persons persons;
    private final Candidates candidates;
    private final Documents documents;
    private final ConsentLedger consents;
    private final Disclosures disclosures;
    private final Clients clients;
    private final JobOrders jobOrders;
    private final Placements placements;
    private final EmploymentBenchmarkAccess employment;
    private final DanishPeople people = new DanishPeople(2016);
    private final ScannedPages scans = new ScannedPages(new Random(2016));

    TenYearHistory(ApplicationContext context) {
        this.clock = context.getBean(MutableClock.class);
        this.persons = context.getBean(Persons.class);
        this.candidates = context.getBean(Candidates.class);
        this.documents = context.getBean(Documents.class);
        this.consents = context.getBean(ConsentLedger.class);
        this.disclosures = context.getBean(Disclosures.class);
        this.clients = context.getBean(Clients.class);
        this.jobOrders = context.getBean(JobOrders.class);
        this.placements = context.getBean(Placements.class);
        this.employment = new EmploymentBenchmarkAccess(context);
    }

    /** Makes the history, from ten years ago until yesterday; the clock is real time again afterwards. */
    PersonId make() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusYears(10);
        try {
            at(first);
            PersonId person = register();
            SubjectId subject = person.subject();
            consents.give(subject, PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.WEBSITE);
            consents.give(subject, PurposeId.WEBSITE, null, "statistics-2026-11-29", ConsentChannel.WEBSITE);
            for (int year = 0; year < 10; year++) {
                LocalDate start = first.plusYears(year);
                at(start.plusDays(20));
                uploadTwo(person, year);
                for (int c = 0; c < 4; c++) {
                    at(start.plusDays(30 + c * 80L));
                    // Notes name other people now and then (a colleague, another temp): the package must redact them.
                    PersonName other = people.next(PersonKind.CANDIDATE).name();
                    persons.recordContact(person, ContactEvent.Kind.values()[1 + c % 3], c % 2 == 0 ? "Samtale om vagter, runde " + c
                            : "Deler vagten med " + other.givenName() + " " + other.familyName() + ", ring til dem ved afbud",
                            PurposeId.SUITABILITY);
                }
            }
            for (int i = 0; i < ASSIGNMENTS; i++) {
                assignment(person, first.plusDays(60).plusYears(2L * i), i, today);
            }
            consentsOverTheYears(subject, first);
            yearlyDisclosures(subject, first);
            return person;
        } finally {
            clock.reset();
        }
    }

    private PersonId register() {
        String email = "ti.aar." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        PersonId person = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName("Bjørn", "Tiårsen"),
                        new ContactDetails(email, "+45 20 30 40 50"), LocalDate.of(1985, 3, 14),
                        new PostalAddress("Fjordvej 12", "9000", "Aalborg", "Danmark")),
                        new Profile("Lagermedarbejder og truckfører", "Ti års erfaring med lager, pluk og truck.",
                                List.of("truck", "lager", "pluk", "gaffeltruck"), Profile.WorkType.EITHER, "Aalborg", null)),
                Candidate.RegisteredVia.WEBSITE, PurposeId.SUITABILITY);
        candidates.confirmEmail(person, PurposeId.SUITABILITY);
        for (int e = 0; e < 3; e++) {
            candidates.add(person, new Education(null, "Erhvervsskolen Nord", "Lageruddannelse, trin " + (e + 1),
                    LocalDate.of(2002 + e, 8, 1), LocalDate.of(2003 + e, 6, 30), true), PurposeId.SUITABILITY);
        }
        for (int e = 0; e < 6; e++) {
            candidates.add(person, new Experience(null, Experience.Kind.JOB, people.companyName(), "Lagermedarbejder",
                    LocalDate.of(2005 + e, 1, 1), LocalDate.of(2005 + e, 12, 31), "Pluk, pak og truckkørsel."), PurposeId.SUITABILITY);
        }
        for (int e = 0; e < 4; e++) {
            candidates.add(person, new Course(null, Course.Kind.COURSE, "Truckcertifikat B, modul " + (e + 1), "AMU Nordjylland",
                    LocalDate.of(2010 + e, 5, 1), "Bestået", e % 2 == 0), PurposeId.SUITABILITY);
        }
        candidates.add(person, new NextOfKin(null, "Mette Tiårsen", "Ægtefælle", "+45 21 31 41 51", null), PurposeId.ADMINISTRATION);
        for (int e = 0; e < 2; e++) {
            candidates.add(person, new Referee(null, "Niels Referent " + e, people.companyName(), "Lagerchef", "+45 22 32 42 5" + e,
                    null, "Stabil og grundig; arbejdede sammen med Jens Nielsen på lageret."), PurposeId.SUITABILITY);
        }
        candidates.setLanguage(person, new LanguageSkill("da", LanguageSkill.Level.NATIVE), PurposeId.SUITABILITY);
        candidates.setLanguage(person, new LanguageSkill("en", LanguageSkill.Level.B2), PurposeId.SUITABILITY);
        candidates.setLanguage(person, new LanguageSkill("de", LanguageSkill.Level.A2), PurposeId.SUITABILITY);
        candidates.setUnemployment(person, new Unemployment(LocalDate.of(2016, 1, 1), "3F A-kasse", null, null, null),
                PurposeId.SUITABILITY);
        return person;
    }

    /** A new CV (a PDF) and a certificate scan (a PNG) each year. */
    private void uploadTwo(PersonId person, int year) {
        List<String> lines = new ArrayList<>();
        lines.add("Curriculum vitae, Bjørn Tiårsen, version " + (year + 1));
        for (int l = 0; l < 40; l++) {
            lines.add("År " + (2005 + l % 20) + ": lager, pluk, truck, ansvar for varemodtagelse og kvalitet, linje " + l);
        }
        documents.upload(new Upload(person, DocumentKind.CV, "cv-" + (year + 1) + ".pdf", SampleFiles.pdf(lines.toArray(String[]::new))),
                PurposeId.SUITABILITY);
        documents.upload(new Upload(person, year % 2 == 0 ? DocumentKind.CERTIFICATE : DocumentKind.REFERENCE,
                "bevis-" + (year + 1) + ".png", scans.next()), PurposeId.SUITABILITY);
    }

    /**
     * One assignment: a proposal the client rejects, then one it accepts, the start, 100 days of hours
     * (every fifth day) and the end; the last runs until yesterday and has not ended.
     */
    private void assignment(PersonId person, LocalDate start, int number, LocalDate today) {
        boolean last = number == ASSIGNMENTS - 1;
        LocalDate end = last ? today.minusDays(1) : start.plusMonths(18);
        at(start.minusDays(14));
        Order rejected = order(start);
        placements.reject(placements.propose(rejected.id(), person, rejected.contact()));
        Order order = order(start);
        PlacementId placement = placements.propose(order.id(), person, order.contact());
        placements.accept(placement);
        at(start);
        placements.startAssignment(placement, start, new BigDecimal("175.00").add(BigDecimal.TEN.multiply(BigDecimal.valueOf(number))));
        if (number == 0) {
            employment.enterIdentity(person, "140385-1237", "DK");
            employment.setBankAccount(person, "9070", "1234567890");
            employment.recordEmploymentLawBasis(person);
        }
        at(end);
        long span = end.toEpochDay() - start.toEpochDay();
        for (int d = 0; d < DAYS_PER_ASSIGNMENT; d++) {
            LocalDate day = start.plusDays(d * span / DAYS_PER_ASSIGNMENT);
            placements.recordHours(placement, day, new BigDecimal(d % 4 == 0 ? "7.50" : "7.40"));
        }
        for (int a = 0; a < 4; a++) {
            LocalDate from = start.plusDays(20 + a * span / 5);
            boolean sick = a % 2 == 1;
            employment.addAbsence(person, from, from.plusDays(sick ? 2 : 9), sick,
                    sick && a == 1 && number < 3 ? "Influenza, lægeerklæring afleveret" : null);
        }
        if (!last) {
            placements.end(placement, end);
        }
    }

    private record Order(UUID id, PersonId contact) {
    }

    private Order order(LocalDate start) {
        ClientId client = clients.register(new CompanyDetails(people.companyName(), people.cvr(), "Havnegade 1", "9000", "Aalborg"));
        PersonId contact = clients.addContact(client, new NewContact(new PersonName("Karin", "Kunde"),
                new ContactDetails("karin." + UUID.randomUUID().toString().substring(0, 8) + "@kunde.dk", null), "Produktionschef"),
                PurposeId.ASSIGNMENT);
        JobOrder.Kind kind = JobOrder.Kind.TEMPORARY;
        UUID id = jobOrders.place(client, new JobOrderDetails("Lagermedarbejder", null, List.of("truck"), List.of(), "Aalborg",
                "9000", start, 78, kind, 1)).value();
        return new Order(id, contact);
    }

    /** Marketing given, withdrawn, given again and withdrawn; criminal-record consent given and withdrawn. */
    private void consentsOverTheYears(SubjectId subject, LocalDate first) {
        at(first.plusYears(2));
        consents.withdraw(subject, PurposeId.MARKETING, null, ConsentChannel.PORTAL);
        at(first.plusYears(4));
        consents.give(subject, PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.EMAIL);
        consents.give(subject, PurposeId.SCREENING, "P-DATA-8", "criminal-record-2026-11-29", ConsentChannel.IN_PERSON);
        at(first.plusYears(5));
        consents.withdraw(subject, PurposeId.SCREENING, "P-DATA-8", ConsentChannel.LETTER);
        at(first.plusYears(8));
        consents.withdraw(subject, PurposeId.MARKETING, null, ConsentChannel.PORTAL);
    }

    /** Each January from the second year: the payroll provider's file and the tax authority's report. */
    private void yearlyDisclosures(SubjectId subject, LocalDate first) {
        DisclosureChannel file = new FileChannel();
        for (int year = 1; year < 10; year++) {
            at(first.plusYears(year).withDayOfYear(20));
            disclosures.disclose(new DisclosureRequest(subject, "P-REC-2", "Lønbureauet ApS", List.of("P-DATA-1", "P-DATA-9"),
                    PurposeId.EMPLOYMENT, "ART6-1-B"), new DisclosureChannel.Payload("loen.csv", "text/csv", new byte[0]), file);
            disclosures.disclose(new DisclosureRequest(subject, "P-REC-4", "Skattestyrelsen", List.of("P-DATA-1", "P-DATA-7", "P-DATA-9"),
                    PurposeId.EMPLOYMENT, "ART6-1-C"), new DisclosureChannel.Payload("eindkomst.xml", "text/xml", new byte[0]), file);
        }
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC));
    }

    /** A file handed over outside the application (the benchmark sends nothing anywhere). */
    private static final class FileChannel implements DisclosureChannel {

        @Override
        public String name() {
            return "payroll file";
        }

        @Override
        public void deliver(DisclosureRequest request, Payload payload) {
        }
    }
}
