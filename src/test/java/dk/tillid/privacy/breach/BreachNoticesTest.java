package dk.tillid.privacy.breach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.platform.CprShape;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.PersonalData;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The test of issue T7 item 6: a high-risk breach is told to a chosen set of people through the
 * outbox and a real SMTP server — exactly those chosen, each once, with the Art. 34 content in Danish
 * and English and no CPR number — and each notice is recorded and in the person's access package.
 */
@IntegrationTest
@WithMockUser(username = "dpo-breach-notices", roles = "DPO")
class BreachNoticesTest {

    private static final DanishPeople PEOPLE = new DanishPeople(System.nanoTime());

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired PersonalData personalData;
    @Autowired JdbcClient jdbc;
    @Autowired GreenMail greenMail;
    @Autowired Clock clock;

    @Test
    void aHighRiskBreachIsToldToExactlyThePeopleChosenEachOnceInBothLanguages() throws Exception {
        String client = "Lækket Vikarkunde ApS " + UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        Person a = person(true), b = person(true), noAddress = person(false);
        Person otherRecipient = person(true), outsideThePeriod = person(true), byId = person(true);
        disclose(a, client, now.minus(Duration.ofDays(3)));
        disclose(a, client, now.minus(Duration.ofDays(2)));
        disclose(b, client, now.minus(Duration.ofDays(1)));
        disclose(noAddress, client, now.minus(Duration.ofDays(2)));
        disclose(otherRecipient, "Anden Kunde A/S", now.minus(Duration.ofDays(2)));
        disclose(outsideThePeriod, client, now.minus(Duration.ofDays(40)));

        String page = recordBreach();
        String what = "Kundens postkasse blev overtaget af en uvedkommende";
        assertThat(mvc.post().uri(page + "/risk?lang=en").with(csrf())
                .param("reasoning", "CV'er og kontaktoplysninger kan misbruges til målrettet phishing")
                .param("advice", "Vær på vagt over for mails, der beder om oplysninger; skift adgangskode").exchange())
                .hasStatus3xxRedirection();

        LocalDate today = AgencyTime.today(clock);
        var preview = mvc.post().uri(page + "/affected?lang=en").with(csrf()).param("by", "DISCLOSURE").param("recipient", client.toUpperCase())
                .param("from", today.minusDays(7).toString()).param("until", today.toString()).exchange();
        assertThat(preview).hasStatusOk().bodyText().contains("3 people chosen, 3 not yet told", a.id().toString(),
                b.id().toString(), noAddress.id().toString()).doesNotContain(otherRecipient.id().toString())
                .doesNotContain(outsideThePeriod.id().toString());
        assertThat(inbox(a)).as("a preview tells no one").isEmpty();

        var told = notify(page, today);
        assertThat(told).hasStatus3xxRedirection();

        MimeMessage toA = awaitOne(a);
        MimeMessage toB = awaitOne(b);
        String body = (String) toA.getContent();
        assertThat(body).contains("Kære " + a.givenName(), "Dear " + a.givenName(),
                "Hvad skete der", what, "What happened",
                "De sandsynlige konsekvenser", "The likely consequences", "Identitetstyveri",
                "Hvad vi har gjort", "What we have done", "Adgangen er lukket",
                "Hvad du selv kan gøre", "What you can do", "skift adgangskode",
                "persondataansvarlige: info@jobconnection.dk", "data protection officer: info@jobconnection.dk", "+45 31 22 21 11");
        assertThat(CprShape.appearsIn(body)).as("no CPR number in the mail").isFalse();
        assertThat(toB.getSubject()).contains("security breach", "brud på sikkerheden");
        assertThat(inbox(otherRecipient)).as("not chosen: their data went elsewhere").isEmpty();
        assertThat(inbox(outsideThePeriod)).as("not chosen: outside the period").isEmpty();

        assertThat(outcomes(page)).containsExactlyInAnyOrderEntriesOf(Map.of(a.id().value(), "SENT", b.id().value(), "SENT",
                noAddress.id().value(), "NO_ADDRESS"));
        assertThat(mvc.get().uri(page + "?lang=en").exchange()).bodyText()
                .contains(a.id().toString(), b.id().toString(), noAddress.id().toString(), "No e-mail address: tell them otherwise");

        // Choosing them again, and by id list with one more, tells only the one not told yet.
        assertThat(notify(page, today)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(page + "/notify").with(csrf()).param("by", "IDS")
                .param("ids", a.id() + "\n" + byId.id() + ", " + UUID.randomUUID()).exchange()).hasStatus3xxRedirection();
        awaitOne(byId);
        Thread.sleep(500);
        assertThat(inbox(a)).as("each person once").hasSize(1);
        assertThat(inbox(b)).hasSize(1);
        assertThat(outcomes(page)).hasSize(4).containsEntry(byId.id().value(), "SENT");

        var holding = personalData.export(a.id()).stream().filter(h -> h.source().equals("breach-notice")).findFirst();
        assertThat(holding).as("the notice is in the person's access package").isPresent();
        assertThat(holding.get().items()).singleElement().satisfies(item -> {
            assertThat(item.category()).isEqualTo("P-DATA-REL");
            assertThat(asMap(item.value())).containsEntry("outcome", "SENT").containsEntry("whatHappened", what);
        });
        assertThat(personalData.export(otherRecipient.id()).stream().map(PersonalData.Holding::source))
                .doesNotContain("breach-notice");
    }

    @Test
    void theRegisterKeepsNoNoticeOfAPersonErased() {
        Person c = person(true);
        String page = recordBreach();
        mvc.post().uri(page + "/risk").with(csrf()).param("reasoning", "Høj").param("advice", "Skift adgangskode").exchange();
        assertThat(mvc.post().uri(page + "/notify").with(csrf()).param("by", "IDS").param("ids", c.id().toString()).exchange())
                .hasStatus3xxRedirection();
        assertThat(outcomes(page)).containsKey(c.id().value());

        personalData.eraseAll(Map.of(c.id(), "P-RET-1"));

        assertThat(outcomes(page)).doesNotContainKey(c.id().value());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    record Person(SubjectId id, String givenName, String email) {
    }

    private Person person(boolean withAddress) {
        NewPerson generated = PEOPLE.next(PersonKind.CANDIDATE);
        String email = withAddress ? "brud." + UUID.randomUUID().toString().substring(0, 12) + "@example.dk" : null;
        NewPerson person = new NewPerson(generated.kind(), generated.name(), new ContactDetails(email, generated.contact().phone()),
                generated.dateOfBirth(), generated.address());
        return new Person(persons.register(person, PurposeId.SUITABILITY).subject(), generated.name().givenName(), email);
    }

    private void disclose(Person person, String recipient, Instant at) {
        jdbc.sql("""
                        INSERT INTO disclosure (subject_id, recipient, recipient_name, categories, purpose, legal_basis, channel,
                          disclosed_at, disclosed_by, status)
                        VALUES (:subject, 'R-CLIENT', :name, '{P-DATA-1,P-DATA-2}', 'P-PUR-5', 'L-6-1-B', 'EMAIL', :at, 'test', 'DELIVERED')""")
                .param("subject", person.id().value()).param("name", recipient).param("at", Timestamp.from(at)).update();
    }

    private String recordBreach() {
        LocalDateTime aware = LocalDateTime.ofInstant(clock.instant(), AgencyTime.ZONE).minusHours(3);
        var recorded = mvc.post().uri("/dpo/breaches").with(csrf()).param("awareAt", aware.format(BreachRegisterPagesTest.INPUT))
                .param("description", "Kundens postkasse blev overtaget af en uvedkommende")
                .param("categories", "P-DATA-1", "P-DATA-2").param("peopleAffected", "4").param("recordsAffected", "5")
                .param("consequences", "Identitetstyveri og målrettet phishing")
                .param("measures", "Adgangen er lukket, og kunden har skiftet adgangskoder").exchange();
        assertThat(recorded).hasStatus3xxRedirection();
        return recorded.getResponse().getRedirectedUrl();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult notify(String page, LocalDate today) {
        return mvc.post().uri(page + "/notify").with(csrf()).param("by", "DISCLOSURE")
                .param("recipient", jdbc.sql("SELECT recipient_name FROM disclosure WHERE recipient_name LIKE 'Lækket Vikarkunde%' "
                        + "ORDER BY id DESC LIMIT 1").query(String.class).single())
                .param("from", today.minusDays(7).toString()).param("until", today.toString()).exchange();
    }

    private Map<UUID, String> outcomes(String page) {
        UUID breach = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        return jdbc.sql("SELECT subject_id, outcome FROM breach_notice WHERE breach_id = :breach").param("breach", breach)
                .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<MimeMessage> inbox(Person person) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(person.email()));
            } catch (Exception unreadable) {
                return false;
            }
        }).toList();
    }

    private MimeMessage awaitOne(Person person) throws InterruptedException {
        for (int attempt = 0; attempt < 100 && inbox(person).isEmpty(); attempt++) {
            Thread.sleep(100);
        }
        assertThat(inbox(person)).hasSize(1);
        return inbox(person).get(0);
    }
}
