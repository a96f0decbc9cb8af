package dk.tillid.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.candidate.Candidates;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrders;
import dk.tillid.employment.EmploymentId;
import dk.tillid.employment.Employments;
import dk.tillid.employment.Hire;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static dk.tillid.placement.PlacementFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proposed → accepted → started → hours → ended, each step only when its rule allows; the job order
 * (client module) and the employment with its timesheet (employment module) are the real ones.
 */
@IntegrationTest
@WithMockUser(username = "recruiter-lifecycle", roles = "RECRUITER")
class PlacementLifecycleTest {

    static final BigDecimal PAY = new BigDecimal("182.50");

    @Autowired
    Placements placements;

    @Autowired
    Clients clients;

    @Autowired
    JobOrders jobOrders;

    @Autowired
    Candidates candidates;

    @Autowired
    Employments employments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Persons persons;

    @Autowired
    MutableClock clock;

    @Autowired
    PlacementPersonalData personalData;

    PlacementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(clients, jobOrders, candidates);
    }

    @Test
    void aTempGoesFromProposalToAnEndedPaidAssignment() {
        JobOrder order = fixtures.jobOrder(unique("life"), 1);
        PersonId person = fixtures.candidate(order.skills().get(0));
        PlacementId id = placements.propose(PlacementFixtures.id(order), person, fixtures.contactOf(order));
        LocalDate firstDay = AgencyTime.today(clock).minusDays(10);

        placements.accept(id);
        assertThat(fixtures.statusOf(order)).as("its one position is placed").isEqualTo(JobOrder.Status.FILLED);
        placements.startAssignment(id, firstDay, PAY);
        assertThat(employments.of(person, PurposeId.EMPLOYMENT)).as("hired").singleElement()
                .satisfies(employment -> assertThat(employment.ongoing()).isTrue());
        placements.recordHours(id, firstDay, new BigDecimal("7.5"));
        placements.recordHours(id, firstDay.plusDays(1), new BigDecimal("8"));
        placements.end(id, firstDay.plusDays(1));

        Placement placement = placements.get(id).placement();
        assertThat(placement.status()).isEqualTo(Placement.Status.ENDED);
        assertThat(placements.get(id).hoursRecorded()).isEqualByComparingTo("15.5");
        EmploymentId employment = new EmploymentId(placement.employment().orElseThrow());
        assertThat(employments.of(person, PurposeId.EMPLOYMENT)).singleElement().satisfies(hired -> {
            assertThat(hired.id()).isEqualTo(employment);
            assertThat(hired.kind()).isEqualTo(Hire.Kind.TEMPORARY);
            assertThat(hired.title()).isEqualTo("Lagermedarbejder");
            assertThat(hired.employerOrClientName()).isEqualTo(order.clientName());
            assertThat(hired.start()).isEqualTo(firstDay);
            assertThat(hired.hourlyPay()).isEqualByComparingTo(PAY);
            assertThat(hired.lastDay()).as("the assignment's last day ends the employment").isEqualTo(firstDay.plusDays(1));
        });
        assertThat(persons.get(person, PurposeId.EMPLOYMENT).kind()).isEqualTo(PersonKind.EMPLOYEE);
        assertThat(timesheet(employment)).containsExactly(
                new TimesheetLine(placement.assignment().orElseThrow(), firstDay, new BigDecimal("7.50")),
                new TimesheetLine(placement.assignment().orElseThrow(), firstDay.plusDays(1), new BigDecimal("8.00")));
    }

    @Test
    void someoneWhoUnregistersOrIsRestrictedAfterTheProposalIsNotPlacedHiredOrContacted() {
        PlacementId unregistering = proposed(1);
        PersonId gone = placements.get(unregistering).placement().person();
        persons.unregister(gone, PurposeId.SUITABILITY);

        refused(() -> placements.accept(unregistering), "placement.refused.since.UNREGISTERED");
        refused(() -> placements.recordContact(unregistering, dk.tillid.person.ContactEvent.Kind.CALL, null),
                "placement.refused.since.UNREGISTERED");
        assertThat(placements.get(unregistering).placement().status()).isEqualTo(Placement.Status.PROPOSED);

        PlacementId restricting = proposed(1);
        PersonId restricted = placements.get(restricting).placement().person();
        placements.accept(restricting);
        persons.restrict(restricted, "Oplysningernes rigtighed bestrides", PurposeId.SUITABILITY);

        refused(() -> placements.startAssignment(restricting, AgencyTime.today(clock), PAY), "placement.refused.since.RESTRICTED");
        assertThat(employments.of(restricted, PurposeId.EMPLOYMENT)).as("not hired").isEmpty();
    }

    @Test
    void anAssignmentCannotStartBeforeTheClientAccepts() {
        PlacementId id = proposed(1);

        refused(() -> placements.startAssignment(id, AgencyTime.today(clock), PAY), "placement.refused.notAccepted");
        assertThat(placements.get(id).placement().status()).isEqualTo(Placement.Status.PROPOSED);
        PersonId person = placements.get(id).placement().person();
        assertThat(employments.of(person, PurposeId.EMPLOYMENT)).as("not hired").isEmpty();
        assertThat(persons.get(person, PurposeId.SUITABILITY).kind()).isEqualTo(PersonKind.CANDIDATE);
    }

    @Test
    void anAssignmentCannotEndBeforeItStartsNorHoursBeRecorded() {
        PlacementId id = proposed(1);
        placements.accept(id);

        refused(() -> placements.end(id, AgencyTime.today(clock)), "placement.refused.notStarted");
        refused(() -> placements.recordHours(id, AgencyTime.today(clock), BigDecimal.ONE), "placement.refused.notStarted");
        assertThat(employments.of(placements.get(id).placement().person(), PurposeId.EMPLOYMENT)).isEmpty();
    }

    @Test
    void correctingADaysHoursReplacesThemInThePlacementsTotalToo() {
        PlacementId id = proposed(1);
        placements.accept(id);
        LocalDate firstDay = AgencyTime.today(clock).minusDays(2);
        placements.startAssignment(id, firstDay, PAY);

        placements.recordHours(id, firstDay, new BigDecimal("7.5"));
        placements.recordHours(id, firstDay, new BigDecimal("6"));

        assertThat(placements.get(id).hoursRecorded()).as("the timesheet's line for the day, not 13.5")
                .isEqualByComparingTo("6");
    }

    @Test
    void hoursBelongToADayOfTheAssignmentThatHasCome() {
        PlacementId id = proposed(1);
        placements.accept(id);
        LocalDate firstDay = AgencyTime.today(clock).minusDays(3);
        placements.startAssignment(id, firstDay, PAY);

        refused(() -> placements.recordHours(id, firstDay.minusDays(1), BigDecimal.ONE), "placement.refused.hoursDay");
        refused(() -> placements.recordHours(id, AgencyTime.today(clock).plusDays(1), BigDecimal.ONE), "placement.refused.hoursDay");
        refused(() -> placements.recordHours(id, firstDay, new BigDecimal("24.5")), "placement.refused.hours");
        refused(() -> placements.end(id, firstDay.minusDays(1)), "placement.refused.lastDay");
        placements.end(id, firstDay);
        refused(() -> placements.recordHours(id, firstDay.plusDays(1), BigDecimal.ONE), "placement.refused.hoursDay");
        Placement placement = placements.get(id).placement();
        assertThat(placements.get(id).hoursRecorded()).isEqualByComparingTo("0");
        EmploymentId employment = new EmploymentId(placement.employment().orElseThrow());
        assertThat(timesheet(employment)).as("no refused hours reached the timesheet").isEmpty();
        assertThat(employments.of(placement.person(), PurposeId.EMPLOYMENT)).singleElement()
                .satisfies(ended -> assertThat(ended.lastDay()).isEqualTo(firstDay));
    }

    @Test
    void aRejectedOrWithdrawnProposalEndsThere() {
        PlacementId rejected = proposed(1);
        placements.reject(rejected);
        PlacementId withdrawn = proposed(1);
        placements.withdraw(withdrawn);

        for (PlacementId id : List.of(rejected, withdrawn)) {
            refused(() -> placements.accept(id), "placement.refused.notProposed");
            refused(() -> placements.startAssignment(id, AgencyTime.today(clock), PAY), "placement.refused.notAccepted");
            refused(() -> placements.withdraw(id), "placement.refused.cannotWithdraw");
        }
        assertThat(placements.open()).extracting(view -> view.placement().id()).doesNotContain(rejected, withdrawn);
    }

    @Test
    void aJobOrderIsFilledOnlyWhenAllItsPositionsArePlaced() {
        JobOrder order = fixtures.jobOrder(unique("two"), 2);
        PlacementId first = placements.propose(PlacementFixtures.id(order), fixtures.candidate(order.skills().get(0)),
                fixtures.contactOf(order));
        PlacementId second = placements.propose(PlacementFixtures.id(order), fixtures.candidate(order.skills().get(0)),
                fixtures.contactOf(order));

        placements.accept(first);
        assertThat(fixtures.statusOf(order)).isEqualTo(JobOrder.Status.OPEN);
        placements.accept(second);
        assertThat(fixtures.statusOf(order)).isEqualTo(JobOrder.Status.FILLED);
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
        placements.startAssignment(worked, AgencyTime.today(clock), PAY);
        PersonId person = placements.get(worked).placement().person();

        assertThat(personalData.export(person.subject())).extracting(PersonalDataItem::category)
                .containsExactly("P-DATA-REL", "P-DATA-9");
        var report = personalData.erase(person.subject(), ErasurePlan.deleteEverything()
                .keep("P-DATA-9", "Bookkeeping Act", AgencyTime.today(clock).plusYears(5)));
        assertThat(report.kept()).extracting(kept -> kept.category()).containsExactly("P-DATA-9");
        assertThat(personalData.export(person.subject())).isNotEmpty();
        personalData.erase(person.subject(), ErasurePlan.deleteEverything());
        assertThat(personalData.export(person.subject())).isEmpty();
    }

    private PlacementId proposed(int positions) {
        JobOrder order = fixtures.jobOrder(unique("rule"), positions);
        return placements.propose(PlacementFixtures.id(order), fixtures.candidate(order.skills().get(0)),
                fixtures.contactOf(order));
    }

    private static void refused(ThrowableAssert.ThrowingCallable step, String reason) {
        assertThatThrownBy(step).isInstanceOfSatisfying(PlacementRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    /** The employment module's timesheet lines for the employment, in day order. */
    private List<TimesheetLine> timesheet(EmploymentId employment) {
        return jdbc.sql("SELECT assignment_id, work_date, hours FROM timesheet_line WHERE employment_id = :id ORDER BY work_date")
                .param("id", employment.value())
                .query((rs, row) -> new TimesheetLine(rs.getObject("assignment_id", java.util.UUID.class),
                        rs.getObject("work_date", LocalDate.class), rs.getBigDecimal("hours")))
                .list();
    }

    private record TimesheetLine(java.util.UUID assignment, LocalDate day, BigDecimal hours) {
    }
}
