package dk.tillid.employment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tillid.IntegrationTest;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.consent.ProcessingGrounds;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static dk.tillid.employment.EmployeeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the CPR number, health-related absence and the criminal record extract. */
@IntegrationTest
class EmployeeFileRulesTest {

    static final LocalDate START = LocalDate.now().minusDays(30);

    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired EmployeeFiles files;
    @Autowired EmployeeFileReader reader;
    @Autowired Absences absences;
    @Autowired CriminalRecords criminalRecords;
    @Autowired ConsentLedger ledger;
    @Autowired ProcessingGrounds grounds;
    @Autowired JdbcClient jdbc;

    EmployeeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EmployeeFixtures(persons, employments, jdbc);
    }

    EmployeeFixtures.Hired hire(String name) {
        return as(() -> fixtures.hired(name, "Montør", START), "RECRUITER");
    }

    static boolean contains(byte[] haystack, String needle) {
        return haystack != null && new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void theCprNumberIsStoredEncryptedWithItsLegalBasisAndNeverInPlaintext() {
        var hired = hire("Frede");

        as(() -> files.enterCpr(hired.person(), "010190-4322"), "RECRUITER");

        byte[] raw = fixtures.rawBytes("cpr_number", "ciphertext", hired.person());
        assertThat(raw).isNotEmpty();
        assertThat(contains(raw, "0101904322") || contains(raw, "010190-4322") || contains(raw, "4322")).isFalse();
        String everyColumn = jdbc.sql("SELECT cpr_number::text FROM cpr_number WHERE person_id = :p")
                .param("p", hired.person().value()).query(String.class).single();
        assertThat(everyColumn).doesNotContain("4322");
        assertThat(grounds.recorded(hired.person().subject())).anySatisfy(record -> {
            assertThat(record.category()).isEqualTo("P-DATA-7");
            assertThat(record.legalBasis()).isEqualTo("DBL-11");
            assertThat(record.reference()).contains("§ 11").contains("indkomstregisterloven");
            assertThat(record.standing()).isTrue();
        });
    }

    @Test
    void aNewCprNumberKeepsTheOldOneInTheHistoryAndOnlyPayrollSeesItInFull() {
        var hired = hire("Gerda");
        as(() -> files.enterCpr(hired.person(), "010190-4322"), "PAYROLL");
        as(() -> files.enterCpr(hired.person(), "0101901234"), "PAYROLL");

        EmployeeFileView payroll = as(() -> reader.view(hired.person()), "PAYROLL");
        EmployeeFileView recruiter = as(() -> reader.view(hired.person()), "RECRUITER");

        var full = (EmployeeFileView.Cpr) payroll.field(Field.CPR).value();
        assertThat(full.current()).isEqualTo("010190-1234");
        assertThat(full.history()).extracting(EmployeeFileView.CprPeriod::number).containsExactly("010190-1234", "010190-4322");
        assertThat(full.history().get(1).validTo()).isNotNull();
        var masked = (EmployeeFileView.Cpr) recruiter.field(Field.CPR).value();
        assertThat(recruiter.field(Field.CPR).access()).isEqualTo(Access.MASKED);
        assertThat(masked.current()).isEqualTo("010190-XXXX");
        assertThat(masked.history()).isEmpty();
        assertThat(fixtures.count("cpr_number", hired.person())).isEqualTo(2);
    }

    @Test
    void aRestrictedEmployeesFileCannotBeChangedButTheirHoursStillCount() {
        var hired = hire("Jytte");
        persons.restrict(hired.person(), "Oplysningernes rigtighed bestrides", PurposeId.EMPLOYMENT);

        assertThatThrownBy(() -> as(() -> files.enterCpr(hired.person(), "010190-4322"), "PAYROLL"))
                .hasFieldOrPropertyWithValue("key", "employment.restricted");
        assertThatThrownBy(() -> as(() -> files.setNationality(hired.person(), "DK"), "RECRUITER"))
                .hasFieldOrPropertyWithValue("key", "employment.restricted");
        assertThat(fixtures.count("cpr_number", hired.person())).isZero();
    }

    @Test
    void aRecruiterGivesTheFirstCprNumberButCannotReplaceOneTheyOnlySeeMasked() {
        var hired = hire("Ingeborg");
        as(() -> files.enterCpr(hired.person(), "010190-4322"), "RECRUITER");

        assertThatThrownBy(() -> as(() -> files.enterCpr(hired.person(), "0101901234"), "RECRUITER"))
                .hasFieldOrPropertyWithValue("key", "employment.cpr.onlyPayrollChanges");
        assertThat(fixtures.count("cpr_number", hired.person())).isEqualTo(1);
    }

    @Test
    void aCprNumberIsRefusedForSomeoneNotEmployedAndForRolesThatMayNotEnterIt() {
        var candidate = fixtures.candidate("Henning");
        assertThatThrownBy(() -> as(() -> files.enterCpr(candidate, "010190-4322"), "PAYROLL"))
                .isInstanceOf(UnknownEmploymentException.class);
        var hired = hire("Inge");
        assertThatThrownBy(() -> as(() -> files.enterCpr(hired.person(), "010190-4322"), "SCREENING"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(() -> files.enterCpr(hired.person(), "300280-4322"), "PAYROLL"))
                .isInstanceOf(EmploymentRefusal.class).hasMessageNotContaining("300280");
        assertThat(fixtures.count("cpr_number", hired.person())).isZero();
    }

    @Test
    void aHealthReasonNeedsGroundsAndIsEncrypted() {
        var hired = hire("Jytte");
        LocalDate day = LocalDate.now().minusDays(3);

        assertThatThrownBy(() -> as(() -> absences.add(hired.person(), day, day, Absences.Type.SICKNESS, "Brækket arm"), "PAYROLL"))
                .hasFieldOrPropertyWithValue("key", "employment.absence.grounds");
        assertThat(fixtures.count("absence", hired.person())).as("nothing half-written").isZero();
        assertThatThrownBy(() -> as(() -> absences.add(hired.person(), day, day, Absences.Type.SICKNESS, "Brækket arm"), "RECRUITER"))
                .isInstanceOf(AccessDeniedException.class);

        as(() -> absences.add(hired.person(), day, day, Absences.Type.SICKNESS, null), "RECRUITER");
        as(() -> absences.recordEmploymentLawBasis(hired.person(), null), "PAYROLL");
        as(() -> absences.add(hired.person(), day, day, Absences.Type.SICKNESS, "Brækket arm"), "PAYROLL");

        assertThat(fixtures.count("absence", hired.person())).isEqualTo(2);
        assertThat(jdbc.sql("SELECT health_reason FROM absence WHERE person_id = :p AND health_reason IS NOT NULL")
                .param("p", hired.person().value()).query(byte[].class).single())
                .satisfies(raw -> assertThat(contains(raw, "arm")).isFalse());
        assertThat(grounds.recorded(hired.person().subject())).anySatisfy(r -> assertThat(r.legalBasis()).isEqualTo("ART9-2-B"));
    }

    @Test
    void aHealthReasonMayAlsoRestOnTheEmployeesExplicitConsent() {
        var hired = hire("Kaj");
        LocalDate day = LocalDate.now().minusDays(1);
        as(() -> absences.recordHealthConsent(hired.person(), ConsentChannel.LETTER), "PAYROLL");

        as(() -> absences.add(hired.person(), day, day, Absences.Type.SICKNESS, "Migræne"), "PAYROLL");

        assertThat(fixtures.count("absence", hired.person())).isEqualTo(1);
    }

    @Test
    void anExtractIsRefusedWithoutConsentAndStoredEncryptedWithIt() {
        var hired = hire("Lone");
        assertThatThrownBy(() -> as(() -> criminalRecords.store(hired.person(), "Ingen strafbare forhold registreret",
                LocalDate.now()), "SCREENING")).hasFieldOrPropertyWithValue("key", "employment.criminal.noConsent");
        assertThat(fixtures.count("criminal_record", hired.person())).isZero();

        as(() -> criminalRecords.giveConsent(hired.person(), ConsentChannel.IN_PERSON), "SCREENING");
        as(() -> criminalRecords.store(hired.person(), "Ingen strafbare forhold registreret", LocalDate.now()), "SCREENING");

        assertThat(contains(fixtures.rawBytes("criminal_record", "ciphertext", hired.person()), "strafbare")).isFalse();
        assertThat(as(() -> criminalRecords.read(hired.person()), "SCREENING")).get()
                .extracting(CriminalRecords.Extract::text).isEqualTo("Ingen strafbare forhold registreret");
        assertThatThrownBy(() -> as(() -> criminalRecords.store(hired.person(), "x", LocalDate.now()), "RECRUITER"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withdrawingTheConsentDeletesTheExtract() {
        var hired = withExtract("Mads");

        as(() -> criminalRecords.withdrawConsent(hired.person(), ConsentChannel.EMAIL), "SCREENING");

        assertThat(fixtures.count("criminal_record", hired.person())).isZero();
        assertThat(ledger.isGiven(hired.person().subject(), PurposeId.SCREENING, "P-DATA-8")).isFalse();
    }

    @Test
    void aWithdrawalElsewhereInTillidDeletesTheExtractAtTheSweepAndBeforeAnyRead() {
        var swept = withExtract("Nanna");
        var read = withExtract("Ole");

        as(() -> ledger.withdraw(swept.person().subject(), PurposeId.SCREENING, "P-DATA-8", ConsentChannel.PORTAL), "DPO");
        as(() -> ledger.withdraw(read.person().subject(), PurposeId.SCREENING, "P-DATA-8", ConsentChannel.PORTAL), "DPO");
        as(() -> ledger.give(read.person().subject(), PurposeId.SCREENING, "P-DATA-8", CriminalRecords.WORDING,
                ConsentChannel.PORTAL), "DPO");
        criminalRecords.sweep();

        assertThat(fixtures.count("criminal_record", swept.person())).isZero();
        assertThat(fixtures.count("criminal_record", read.person()))
                .as("given again, but the extract rested on the withdrawn consent").isZero();
    }

    @Test
    void theExtractGoesWhenTheEmploymentEnds() {
        var hired = withExtract("Preben");

        as(() -> employments.end(hired.employment(), LocalDate.now().minusDays(1), PurposeId.EMPLOYMENT), "RECRUITER");

        assertThat(fixtures.count("criminal_record", hired.person())).isZero();
    }

    @Test
    void eachDisclosureToAClientNeedsItsOwnConsentUsedOnce() {
        var hired = withExtract("Rikke");
        List<String> sent = new ArrayList<>();
        DisclosureChannel mail = new DisclosureChannel() {
            @Override
            public String name() {
                return "e-mail (test)";
            }

            @Override
            public void deliver(DisclosureRequest request, Payload payload) {
                sent.add(request.recipientName() + ":" + new String(payload.content(), StandardCharsets.UTF_8));
            }
        };
        var client = java.util.UUID.randomUUID();

        assertThatThrownBy(() -> as(() -> criminalRecords.discloseToClient(hired.person(), java.util.UUID.randomUUID(), mail),
                "SCREENING")).hasFieldOrPropertyWithValue("key", "employment.criminal.noDisclosureConsent");
        var consent = as(() -> criminalRecords.consentToDisclosure(hired.person(), client, "Sikkerhed A/S", ConsentChannel.IN_PERSON),
                "SCREENING");
        as(() -> criminalRecords.discloseToClient(hired.person(), consent, mail), "SCREENING");

        assertThat(sent).singleElement().asString().startsWith("Sikkerhed A/S:").contains("Ingen anmærkninger");
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure WHERE subject_id = :s AND recipient = 'P-REC-1' AND status = 'DELIVERED'"
                        + " AND 'P-DATA-8' = ANY(categories)").param("s", hired.person().value()).query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> as(() -> criminalRecords.discloseToClient(hired.person(), consent, mail), "SCREENING"))
                .hasFieldOrPropertyWithValue("key", "employment.criminal.noDisclosureConsent");
        assertThat(sent).hasSize(1);
    }

    @Autowired dk.tillid.client.Clients clients;
    @Autowired CriminalRecordDisclosures toClients;

    @Test
    void theExtractGoesByEmailOnlyToAContactOfTheClientTheConsentNames() throws Exception {
        var hired = withExtract("Signe");
        String name = "Vagtselskab " + java.util.UUID.randomUUID().toString().substring(0, 6);
        var client = as(() -> dk.tillid.client.ClientFixtures.client(clients, name), "RECRUITER");
        var contact = as(() -> dk.tillid.client.ClientFixtures.contact(clients, client), "RECRUITER");
        var otherClient = as(() -> dk.tillid.client.ClientFixtures.client(clients, "Andet Firma"), "RECRUITER");
        var stranger = as(() -> dk.tillid.client.ClientFixtures.contact(clients, otherClient), "RECRUITER");
        var consent = as(() -> toClients.consent(hired.person(), client.value(), ConsentChannel.IN_PERSON), "SCREENING");

        assertThatThrownBy(() -> as(() -> toClients.disclose(hired.person(), consent, stranger), "SCREENING"))
                .hasFieldOrPropertyWithValue("key", "employment.refused.criminal.contact");
        String address = clients.contact(contact, PurposeId.ASSIGNMENT).email();
        as(() -> toClients.disclose(hired.person(), consent, contact), "SCREENING");

        assertThat(mailTo(address)).contains("Ingen anmærkninger", "CPR number withheld").contains("Signe Østergaard")
                .as("requirement 16: no CPR number in a mail").doesNotContain("010190-1234");
        assertThat(jdbc.sql("SELECT recipient_name FROM disclosure WHERE subject_id = :s AND 'P-DATA-8' = ANY(categories)")
                .param("s", hired.person().value()).query(String.class).list()).containsExactly(name);
        assertThatThrownBy(() -> as(() -> toClients.disclose(hired.person(), consent, contact), "SCREENING"))
                .hasFieldOrPropertyWithValue("key", "employment.criminal.noDisclosureConsent");
    }

    @Autowired com.icegreen.greenmail.util.GreenMail greenMail;

    /** The body of the mail to the address, once it arrived; then the shared test mailbox is emptied for other tests. */
    String mailTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (var message : greenMail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    String body = String.valueOf(message.getContent());
                    greenMail.purgeEmailFromAllMailboxes();
                    return body;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No mail reached the client's contact");
    }

    EmployeeFixtures.Hired withExtract(String name) {
        var hired = hire(name);
        as(() -> criminalRecords.giveConsent(hired.person(), ConsentChannel.IN_PERSON), "SCREENING");
        as(() -> criminalRecords.store(hired.person(), "Ingen anmærkninger for 010190-1234", LocalDate.now().minusDays(2)), "SCREENING");
        assertThat(fixtures.count("criminal_record", hired.person())).isEqualTo(1);
        return hired;
    }
}
