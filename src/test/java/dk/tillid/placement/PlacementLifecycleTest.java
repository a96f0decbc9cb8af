package dk.tillid.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.tillid.MutableClock;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static dk.tillid.placement.PlacementFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proposed → accepted → started → hours → ended, each step only when its rule allows. */
@PlacementTest
@WithMockUser(username = "recruiter-lifecycle", roles = "RECRUITER")
class PlacementLifecycleTest {

    static final BigDecimal PAY = new BigDecimal("182.50");

    @Autowired
    Placements placements;

    @Autowired
    PlacementFixtures fixtures;

    @Autowired
    PlacementTestDoubles.FakeDesk desk;

    @Autowired
    PlacementTestDoubles.FakeHiring hiring;

    @Autowired
    Persons persons;

    @Autowired
    MutableClock clock;

    @Autowired
    PlacementPersonalData personalData;

    @Test
    void aTempGoesFromProposalToAnEndedPaidAssignment() {
        JobOrderDesk.Order order = fixtures.jobOrder(unique("life"), 1);
        PersonId person = fixtures.candidate(order.skills().get(0));
        PlacementId id = placements.propose(order.id(), person, fixtures.contactOf(order));
        LocalDate firstDay = LocalDate.now(clock).minusDays(10);

        placements.accept(id);
        assertThat(desk.filled).as("its one position is placed").contains(order.id());
        placements.startAssignment(id, firstDay, PAY);
        placements.recordHours(id, firstDay, new BigDecimal("7.5"));
        placements.recordHours(id, firstDay.plusDays(1), new BigDecimal("8"));
        placements.end(id, firstDay.plusDays(1));

        Placement placement = placements.get(id).placement();
        assertThat(placement.status()).isEqualTo(Placement.Status.ENDED);
        assertThat(placement.hoursRecorded()).isEqualByComparingTo("15.5");
        UpdatedCalls calls = new UpdatedCalls(hiring.of(placement.employment().orElseThrow()));
        assertThat(calls.whats()).containsExactly("hire", "hours", "hours", "end");
        assertThat(calls.list().get(0).hire()).isEqualTo(new Hiring.Hire(true, "Lagermedarbejder", order.clientName(), firstDay, PAY));
        assertThat(calls.list().get(1).assignment()).isEqualTo(placement.assignment().orElseThrow());
        assertThat(calls.list().get(3).day()).isEqualTo(firstDay.plusDays(1));
    }

    @Test
    void anAssignmentCannotStartBeforeTheClientAccepts() {
        PlacementId id = proposed(1);

        refused(() -> placements.startAssignment(id, LocalDate.now(clock), PAY), "placement.refused.notAccepted");
        assertThat(placements.get(id).placement().status()).isEqualTo(Placement.Status.PROPOSED);
        assertThat(hiring.calls).noneMatch(call -> call.person() != null && call.person().equals(placements.get(id).placement().person()));
    }

    @Test
    void anAssignmentCannotEndBeforeItStartsNorHoursBeRecorded() {
        PlacementId id = proposed(1);
        placements.accept(id);

        refused(() -> placements.end(id, LocalDate.now(clock)), "placement.refused.notStarted");
        refused(() -> placements.recordHours(id, LocalDate.now(clock), BigDecimal.ONE), "placement.refused.notStarted");
    }

    @Test
    void hoursBelongToADayOfTheAssignmentThatHasCome() {
        PlacementId id = proposed(1);
        placements.accept(id);
        LocalDate firstDay = LocalDate.now(clock).minusDays(3);
        placements.startAssignment(id, firstDay, PAY);

        refused(() -> placements.recordHours(id, firstDay.minusDays(1), BigDecimal.ONE), "placement.refused.hoursDay");
        refused(() -> placements.recordHours(id, LocalDate.now(clock).plusDays(1), BigDecimal.ONE), "placement.refused.hoursDay");
        refused(() -> placements.recordHours(id, firstDay, new BigDecimal("24.5")), "placement.refused.hours");
        refused(() -> placements.end(id, firstDay.minusDays(1)), "placement.refused.lastDay");
        placements.end(id, firstDay);
        refused(() -> placements.recordHours(id, firstDay.plusDays(1), BigDecimal.ONE), "placement.refused.hoursDay");
        assertThat(placements.get(id).placement().hoursRecorded()).isEqualByComparingTo("0");
    }

    @Test
    void aRejectedOrWithdrawnProposalEndsThere() {
        PlacementId rejected = proposed(1);
        placements.reject(rejected);
        PlacementId withdrawn = proposed(1);
        placements.withdraw(withdrawn);

        for (PlacementId id : List.of(rejected, withdrawn)) {
            refused(() -> placements.accept(id), "placement.refused.notProposed");
            refused(() -> placements.startAssignment(id, LocalDate.now(clock), PAY), "placement.refused.notAccepted");
            refused(() -> placements.withdraw(id), "placement.refused.cannotWithdraw");
        }
        assertThat(placements.open()).extracting(view -> view.placement().id()).doesNotContain(rejected, withdrawn);
    }

    @Test
    void aJobOrderIsFilledOnlyWhenAllItsPositionsArePlaced() {
        JobOrderDesk.Order order = fixtures.jobOrder(unique("two"), 2);
        PlacementId first = placements.propose(order.id(), fixtures.candidate(order.skills().get(0)), fixtures.contactOf(order));
        PlacementId second = placements.propose(order.id(), fixtures.candidate(order.skills().get(0)), fixtures.contactOf(order));

        placements.accept(first);
        assertThat(desk.filled).doesNotContain(order.id());
        placements.accept(second);
        assertThat(desk.filled).contains(order.id());
    }

    @Test
    void aContactAboutThePlacementIsRecordedWithTheCandidate() {
        PlacementId id = proposed(1);
        PersonId person = placements.get(id).placement().person();

        placements.recordContact(id, ContactEvent.Kind.CALL, "Ringede om opstart");

        assertThat(persons.contacts(person, PurposeId.SUITABILITY)).first()
                .satisfies(event -> assertThat(event.kind()).isEqualTo(ContactEvent.Kind.CALL));
    }

    @Test
    void theSpiExportsAndErasesPlacementsKeepingAssignmentsTheLawKeeps() {
        PlacementId worked = proposed(1);
        placements.accept(worked);
        placements.startAssignment(worked, LocalDate.now(clock), PAY);
        PersonId person = placements.get(worked).placement().person();

        assertThat(personalData.export(person.subject())).extracting(PersonalDataItem::category)
                .containsExactly("P-DATA-REL", "P-DATA-9");
        var report = personalData.erase(person.subject(), ErasurePlan.deleteEverything()
                .keep("P-DATA-9", "Bookkeeping Act", LocalDate.now(clock).plusYears(5)));
        assertThat(report.kept()).extracting(kept -> kept.category()).containsExactly("P-DATA-9");
        assertThat(personalData.export(person.subject())).isNotEmpty();
        personalData.erase(person.subject(), ErasurePlan.deleteEverything());
        assertThat(personalData.export(person.subject())).isEmpty();
    }

    private PlacementId proposed(int positions) {
        JobOrderDesk.Order order = fixtures.jobOrder(unique("rule"), positions);
        return placements.propose(order.id(), fixtures.candidate(order.skills().get(0)), fixtures.contactOf(order));
    }

    private static void refused(ThrowableAssert.ThrowingCallable step, String reason) {
        assertThatThrownBy(step).isInstanceOfSatisfying(PlacementRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private record UpdatedCalls(List<PlacementTestDoubles.FakeHiring.Call> list) {
        List<String> whats() {
            return list.stream().map(PlacementTestDoubles.FakeHiring.Call::what).toList();
        }
    }
}
