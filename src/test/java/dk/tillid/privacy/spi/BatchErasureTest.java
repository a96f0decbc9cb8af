package dk.tillid.privacy.spi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrders;
import dk.tillid.demo.DanishPeople;
import dk.tillid.document.Documents;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.placement.Placements;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.portal.PortalSignIns;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.privacy.retention.LegalHolds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention sweep's erasure of a batch, module by module: it must delete what a one-person erasure
 * deletes (with a plan that keeps nothing), report the same categories for each person, and leave
 * nothing any module would still export. Each rich person has a twin built the same way, erased one
 * at a time, so the expected categories are what {@code erase} itself reports.
 */
@IntegrationTest
@WithMockUser(username = "dpo-batch", roles = {"RECRUITER", "DPO"})
class BatchErasureTest {

    @Autowired List<PersonalDataProvider> providers;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Candidates candidates;
    @Autowired Persons persons;
    @Autowired Documents documents;
    @Autowired ConsentLedger consents;
    @Autowired SubjectRequests requests;
    @Autowired LegalHolds holds;
    @Autowired Clients clients;
    @Autowired JobOrders jobOrders;
    @Autowired Placements placements;
    @Autowired PortalSignIns signIns;
    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MessageSource messages;
    @Autowired ApplicationContext context;

    @Test
    void everyModuleErasesABatchAsItErasesEachPersonAndKeepsNothing() {
        RichPeople people = RichPeople.build(services());
        RichPeople twins = RichPeople.build(services());
        List<SubjectId> batch = new ArrayList<>(people.subjects());
        SubjectId stranger = new SubjectId(UUID.randomUUID());
        batch.add(stranger);
        Set<String> deletedSomething = new TreeSet<>();
        Path store = (Path) ReflectionTestUtils.getField(context.getBean("documentStore"), "directory");
        List<Path> files = jdbc.sql("SELECT storage_name FROM document WHERE person_id = :p").param("p", people.candidate().value())
                .query(String.class).list().stream().map(store::resolve).toList();
        assertThat(files).as("the candidate's document is stored").isNotEmpty().allMatch(Files::exists);

        inTransaction(() -> {
            for (PersonalDataProvider provider : providers) {
                Map<SubjectId, Set<String>> expected = new HashMap<>();
                // The contact first: erasing the people first would take the proposals that name them with them.
                for (int i : new int[] {2, 0, 1}) {
                    List<String> deleted = provider.erase(twins.subjects().get(i), ErasurePlan.deleteEverything()).deleted();
                    if (!deleted.isEmpty()) {
                        expected.put(people.subjects().get(i), Set.copyOf(deleted));
                    }
                }
                Map<SubjectId, Set<String>> actual = new HashMap<>();
                provider.eraseAll(batch).forEach((subject, categories) -> actual.put(subject, Set.copyOf(categories)));
                assertThat(actual).as("what %s erased of the batch", provider.source()).isEqualTo(expected);
                if (!actual.isEmpty()) {
                    deletedSomething.add(provider.source());
                }
            }
        });

        assertThat(deletedSomething).as("every module held something of the three, so every batch erasure was tried")
                .containsExactlyInAnyOrderElementsOf(providers.stream().map(PersonalDataProvider::source).toList());
        for (PersonalDataProvider provider : providers) {
            for (SubjectId subject : people.subjects()) {
                assertThat(provider.export(subject)).as("what %s still holds", provider.source()).isEmpty();
            }
        }
        assertThat(files).as("the document files are gone once the erasure committed").noneMatch(Files::exists);
        assertThat(jdbc.sql("SELECT count(*) FROM placement WHERE contact_id = ANY(:ids)")
                .param("ids", new UUID[] {people.contact().value()}).query(Long.class).single())
                .as("the contact is off the proposals they received").isZero();
    }

    @Test
    void aBatchOfPeopleAModuleHoldsNothingOfErasesNothing() {
        List<SubjectId> strangers = List.of(new SubjectId(UUID.randomUUID()), new SubjectId(UUID.randomUUID()));

        inTransaction(() -> providers.forEach(provider ->
                assertThat(provider.eraseAll(strangers)).as(provider.source()).isEmpty()));
    }

    @Test
    void someoneWhoseRequestIsBeingAnsweredIsNotSweptAway() {
        LocalDate today = AgencyTime.today(clock);
        PersonId waiting = person();
        PersonId answered = person();
        requests.receive(waiting.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL, today);
        requests.refuse(requests.receive(answered.subject(), SubjectRequest.Kind.OBJECTION, SubjectRequest.Channel.LETTER, today),
                "Ingen særlig situation anført");
        PersonId identityAsked = person();
        requests.awaitIdentity(requests.receive(identityAsked.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.EMAIL, today));

        Map<SubjectId, String> blocked = new HashMap<>();
        providers.forEach(provider -> blocked.putAll(provider.deletionBlocked(
                List.of(waiting.subject(), answered.subject(), identityAsked.subject()))));

        assertThat(blocked).containsExactlyInAnyOrderEntriesOf(Map.of(
                waiting.subject(), "retention.blocked.openRequest",
                identityAsked.subject(), "retention.blocked.openRequest"));
        assertThat(messages.getMessage("retention.blocked.openRequest", null, Locale.ENGLISH))
                .isEqualTo("A request of theirs is being answered");
        assertThat(messages.getMessage("retention.blocked.openRequest", null, Locale.forLanguageTag("da")))
                .isEqualTo("En anmodning fra personen er ved at blive besvaret");
    }

    private PersonId person() {
        return persons.register(new DanishPeople(System.nanoTime()).next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
    }

    private RichPeople.Services services() {
        return new RichPeople.Services(candidates, persons, documents, consents, requests, holds, clients, jobOrders, placements,
                signIns, mvc, jdbc, clock);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }
}
