package dk.tillid.privacy.spi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.Education;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.NextOfKin;
import dk.tillid.candidate.Profile;
import dk.tillid.candidate.Referee;
import dk.tillid.candidate.Unemployment;
import dk.tillid.client.ClientFixtures;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrders;
import dk.tillid.demo.DanishPeople;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.document.Upload;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.placement.PlacementId;
import dk.tillid.placement.Placements;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.portal.PortalSignIns;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.privacy.retention.LegalHolds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Three people with data in every module, built through the modules' own services where they offer
 * one (and the portal's pages): a candidate with a full CV, a document, a consent, a contact note, a
 * request, a lifted legal hold, a portal sign-in link, an e-mail change waiting and a proposal; an
 * ex-employee who worked an assignment; the client's contact person both were proposed to. What only
 * staff pages or other modules' workflows write (the employee file's CPR number, absences with a
 * health reason, screening, criminal record, a step taken on a request) is written as those rows.
 */
record RichPeople(PersonId candidate, PersonId employee, PersonId contact) {

    List<SubjectId> subjects() {
        return List.of(candidate.subject(), employee.subject(), contact.subject());
    }

    /** The services the people are built with. */
    record Services(Candidates candidates, Persons persons, Documents documents, ConsentLedger consents,
                    SubjectRequests requests, LegalHolds holds, Clients clients, JobOrders jobOrders, Placements placements,
                    PortalSignIns signIns, MockMvcTester mvc, JdbcClient jdbc, Clock clock) {
    }

    static RichPeople build(Services s) {
        DanishPeople people = new DanishPeople(System.nanoTime());
        String skill = "batch" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = AgencyTime.today(s.clock());
        ClientId client = ClientFixtures.client(s.clients(), people.companyName());
        PersonId contact = ClientFixtures.contact(s.clients(), client);
        UUID order = ClientFixtures.temporaryOrder(s.jobOrders(), client, List.of(skill), List.of(), today.plusDays(30)).value();

        PersonId candidate = candidate(s, people.next(PersonKind.CANDIDATE), skill);
        s.candidates().add(candidate, new Education(null, "Aalborg Tekniske Skole", "Logistik", LocalDate.of(2010, 8, 1),
                LocalDate.of(2012, 6, 30), true), PurposeId.SUITABILITY);
        s.candidates().add(candidate, new Referee(null, "Hanne Holm", "Firma A/S", "Chef", null, null, "God"), PurposeId.SUITABILITY);
        s.candidates().add(candidate, new NextOfKin(null, "Lise Holm", "søster", "+45 20 11 22 33", null), PurposeId.ADMINISTRATION);
        s.candidates().setLanguage(candidate, new LanguageSkill("pl", LanguageSkill.Level.B2), PurposeId.SUITABILITY);
        s.candidates().setUnemployment(candidate, new Unemployment(today.minusMonths(2), "3F A-kasse", null, null, null),
                PurposeId.SUITABILITY);
        s.persons().recordContact(candidate, ContactEvent.Kind.CALL, "Ringede om lagerjob", PurposeId.SUITABILITY);
        s.consents().give(candidate.subject(), PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.PHONE);
        s.documents().upload(new Upload(candidate, DocumentKind.CV, "cv.pdf", SampleFiles.pdf("Curriculum vitae", skill)),
                PurposeId.SUITABILITY);
        s.placements().propose(order, candidate, contact);
        var request = s.requests().receive(candidate.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL, today);
        s.jdbc().sql("""
                        INSERT INTO request_step (request_id, subject_id, step, taken_at, taken_by)
                        VALUES (:request, :subject, 'UNREGISTERED', now(), 'dpo-batch')""")
                .param("request", request.value()).param("subject", candidate.value()).update();
        s.holds().lift(s.holds().place(candidate.subject(), "Tvist om løn", today.plusMonths(1)).id(), "Forlig indgået");
        s.jdbc().sql("INSERT INTO retention_notice (subject_id, deletes_on, noticed_at) VALUES (:subject, :on, now())")
                .param("subject", candidate.value()).param("on", today.plusDays(14)).update();
        // A breach they were told of (T7): the breach names no one, the notice is theirs.
        java.util.UUID breach = java.util.UUID.randomUUID();
        s.jdbc().sql("""
                        INSERT INTO breach (id, aware_at, description, categories, people_affected, records_affected,
                          consequences, measures, recorded_at, recorded_by, high_risk, risk_reasoning, risk_advice)
                        VALUES (:id, now(), 'Stjålet bærbar', '{P-DATA-1}', 1, 1, 'Phishing', 'Fjernsletning', now(),
                          'dpo-batch', true, 'Høj', 'Vær på vagt')""")
                .param("id", breach).update();
        s.jdbc().sql("""
                        INSERT INTO breach_notice (id, breach_id, subject_id, notified_at, notified_by, outcome)
                        VALUES (gen_random_uuid(), :breach, :subject, now(), 'dpo-batch', 'SENT')""")
                .param("breach", breach).param("subject", candidate.value()).update();
        signInAndChangeEmail(s, candidate, people);
        outreach(s.jdbc(), candidate, order);

        PersonId employee = candidate(s, people.next(PersonKind.CANDIDATE), skill);
        PlacementId assignment = s.placements().propose(order, employee, contact);
        s.placements().accept(assignment);
        LocalDate firstDay = today.minusDays(20);
        s.placements().startAssignment(assignment, firstDay, new BigDecimal("182.50"));
        s.placements().recordHours(assignment, firstDay, new BigDecimal("7.5"));
        s.placements().recordHours(assignment, firstDay.plusDays(1), new BigDecimal("8"));
        s.placements().end(assignment, firstDay.plusDays(1));
        employeeFile(s.jdbc(), employee, client, firstDay);
        return new RichPeople(candidate, employee, contact);
    }

    /** Mail choices, a job alert, a campaign mail and an objection to marketing (T8). */
    private static void outreach(JdbcClient jdbc, PersonId person, UUID order) {
        jdbc.sql("""
                        INSERT INTO mail_preference (person_id, alert_frequency, language, changed_at, changed_by)
                        VALUES (:p, 'WEEKLY', 'en', now(), 'PERSON:batch')
                        ON CONFLICT (person_id) DO UPDATE SET alert_frequency = 'WEEKLY'""").param("p", person.value()).update();
        jdbc.sql("""
                        INSERT INTO job_alert (person_id, job_order_id, found_at, score, status)
                        VALUES (:p, :o, now(), 88, 'WAITING') ON CONFLICT DO NOTHING""")
                .param("p", person.value()).param("o", order).update();
        UUID campaign = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO campaign (id, name, subject_da, text_da, subject_en, text_en, status, created_at, created_by)
                        VALUES (:c, 'Batch', 'Nyt', 'Tekst', 'News', 'Text', 'SENT', now(), 'STAFF:batch')""")
                .param("c", campaign).update();
        jdbc.sql("INSERT INTO campaign_recipient (campaign_id, person_id, status, decided_at) VALUES (:c, :p, 'SENT', now())")
                .param("c", campaign).param("p", person.value()).update();
        jdbc.sql("""
                        INSERT INTO marketing_suppression (address_hash, person_id, since, channel, recorded_by)
                        VALUES (decode(md5(CAST(:p AS text)), 'hex'), :p, now(), 'PORTAL', 'PERSON:batch')""")
                .param("p", person.value()).update();
    }

    private static PersonId candidate(Services s, NewPerson person, String skill) {
        PersonId id = s.candidates().register(new NewCandidate(person, new Profile("Lagermedarbejder", "Erfaren med pluk og pak",
                List.of(skill), Profile.WorkType.EITHER, null, null)), Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        s.candidates().confirmEmail(id, PurposeId.SUITABILITY);
        return id;
    }

    /** A sign-in link asked for (unused), and a new address waiting for its link, through the portal. */
    private static void signInAndChangeEmail(Services s, PersonId person, DanishPeople people) {
        String network = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + ".7";
        String email = s.persons().find(person, PurposeId.DATA_SUBJECT_RIGHTS).orElseThrow().contact().email();
        s.signIns().requestLink(email, network, Locale.ENGLISH);
        String newEmail = people.next(PersonKind.CANDIDATE).contact().email();
        var asked = s.mvc().post().uri("/portal/details/email").param("email", newEmail).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(network);
                    return request;
                })
                .with(authentication(PersonSessions.signedIn(person, s.clock().instant())))
                .exchange();
        assertThat(asked).hasStatusOk();
    }

    /** What staff record in the employee file on its pages; ciphertext stands in for the encrypted values. */
    private static void employeeFile(JdbcClient jdbc, PersonId person, ClientId client, LocalDate firstDay) {
        byte[] sealed = new byte[] {1, 2, 3, 4};
        Timestamp now = new Timestamp(System.currentTimeMillis());
        UUID extract = UUID.randomUUID();
        jdbc.sql("UPDATE employee_file SET nationality = 'PL' WHERE person_id = :p").param("p", person.value()).update();
        jdbc.sql("""
                        INSERT INTO cpr_number (id, person_id, ciphertext, valid_from, recorded_at, recorded_by)
                        VALUES (:id, :p, :sealed, :from, :now, 'staff-batch')""")
                .param("id", UUID.randomUUID()).param("p", person.value()).param("sealed", sealed)
                .param("from", Date.valueOf(LocalDate.of(1990, 1, 1))).param("now", now).update();
        for (byte[] reason : new byte[][] {sealed, null}) {
            jdbc.sql("""
                            INSERT INTO absence (id, person_id, first_day, last_day, type, health_reason, recorded_at, recorded_by)
                            VALUES (:id, :p, :day, :day, 'SICKNESS', :reason, :now, 'staff-batch')""")
                    .param("id", UUID.randomUUID()).param("p", person.value()).param("day", Date.valueOf(firstDay))
                    .param("reason", reason).param("now", now).update();
        }
        jdbc.sql("""
                        INSERT INTO screening_result (id, person_id, client_name, screening, result, screened_on, recorded_at, recorded_by)
                        VALUES (:id, :p, 'Kunde A/S', 'Truckcertifikat', 'Bestået', :day, :now, 'staff-batch')""")
                .param("id", UUID.randomUUID()).param("p", person.value()).param("day", Date.valueOf(firstDay))
                .param("now", now).update();
        jdbc.sql("""
                        INSERT INTO criminal_record (id, person_id, ciphertext, ledger_event_id, issued_on, recorded_at, recorded_by)
                        VALUES (:id, :p, :sealed, 1, :day, :now, 'staff-batch')""")
                .param("id", extract).param("p", person.value()).param("sealed", sealed).param("day", Date.valueOf(firstDay))
                .param("now", now).update();
        jdbc.sql("""
                        INSERT INTO criminal_record_disclosure_consent (id, person_id, criminal_record_id, ledger_event_id,
                          client_id, client_name, channel, given_at, recorded_by, used_at)
                        VALUES (:id, :p, :extract, 1, :client, 'Kunde A/S', 'PORTAL', :now, 'staff-batch', :now)""")
                .param("id", UUID.randomUUID()).param("p", person.value()).param("extract", extract)
                .param("client", client.value()).param("now", now).update();
    }
}
