package dk.tillid.employment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Employments, the employee file's row and timesheet lines. */
@Repository
class EmploymentRepository {

    private final JdbcClient jdbc;

    EmploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(EmploymentSummary summary, PersonId person) {
    }

    record TimesheetLine(EmploymentId employment, UUID assignment, LocalDate day, BigDecimal hours) {
    }

    /** The person's employee file, made at the first hiring (with the next employee number). */
    void ensureFile(PersonId person, Instant now) {
        jdbc.sql("""
                        INSERT INTO employee_file (person_id, created_at, updated_at) VALUES (:person, :now, :now)
                        ON CONFLICT (person_id) DO NOTHING""")
                .param("person", person.value()).param("now", Timestamp.from(now)).update();
    }

    /** Locks the person's file row until the transaction ends; false if there is none. */
    boolean lockFile(PersonId person) {
        return jdbc.sql("SELECT person_id FROM employee_file WHERE person_id = :person FOR UPDATE")
                .param("person", person.value()).query(java.util.UUID.class).optional().isPresent();
    }

    boolean hasFile(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM employee_file WHERE person_id = :person")
                .param("person", person.value()).query(Long.class).single() > 0;
    }

    Optional<Long> employeeNumber(PersonId person) {
        return jdbc.sql("SELECT employee_number FROM employee_file WHERE person_id = :person")
                .param("person", person.value()).query(Long.class).optional();
    }

    void insert(EmploymentId id, PersonId person, Hire hire, Instant now) {
        jdbc.sql("""
                        INSERT INTO employment (id, person_id, kind, title, employer_or_client, start_date, hourly_pay, created_at)
                        VALUES (:id, :person, :kind, :title, :employer, :start, :pay, :now)""")
                .param("id", id.value()).param("person", person.value()).param("kind", hire.kind().name())
                .param("title", hire.title()).param("employer", hire.employerOrClientName())
                .param("start", Date.valueOf(hire.start())).param("pay", hire.hourlyPay())
                .param("now", Timestamp.from(now)).update();
    }

    Optional<Stored> find(EmploymentId id) {
        return jdbc.sql("SELECT * FROM employment WHERE id = :id").param("id", id.value())
                .query((row, n) -> new Stored(map(row), new PersonId(row.getObject("person_id", UUID.class)))).optional();
    }

    List<EmploymentSummary> of(PersonId person) {
        return jdbc.sql("SELECT * FROM employment WHERE person_id = :person ORDER BY start_date DESC, created_at DESC")
                .param("person", person.value()).query((row, n) -> map(row)).list();
    }

    void end(EmploymentId id, LocalDate lastDay) {
        jdbc.sql("UPDATE employment SET last_day = :day WHERE id = :id")
                .param("day", Date.valueOf(lastDay)).param("id", id.value()).update();
    }

    /** The latest last day, where an ongoing employment counts as {@code today}. */
    Optional<LocalDate> lastEmploymentDate(PersonId person, LocalDate today) {
        return jdbc.sql("SELECT max(coalesce(last_day, :today)) FROM employment WHERE person_id = :person")
                .param("today", Date.valueOf(today)).param("person", person.value())
                .query((row, n) -> row.getDate(1)).optional().map(Date::toLocalDate);
    }

    /** The last day of each of these people's last employment; today for those still employed. */
    Map<UUID, LocalDate> lastEmploymentDates(UUID[] people, LocalDate today) {
        Map<UUID, LocalDate> last = new HashMap<>();
        jdbc.sql("SELECT person_id, max(coalesce(last_day, :today)) FROM employment WHERE person_id = ANY(:people) GROUP BY person_id")
                .param("today", Date.valueOf(today)).param("people", people)
                .query((row, n) -> last.put(row.getObject(1, UUID.class), row.getDate(2).toLocalDate()))
                .list();
        return last;
    }

    /** People whose every employment had ended by {@code onOrBefore}, in id order after {@code after}. */
    List<UUID> employmentsEndedBy(LocalDate onOrBefore, UUID after, int limit) {
        return jdbc.sql("""
                        SELECT person_id FROM employment
                        WHERE CAST(:after AS uuid) IS NULL OR person_id > :after
                        GROUP BY person_id
                        HAVING bool_and(last_day IS NOT NULL) AND max(last_day) <= :onOrBefore
                        ORDER BY person_id LIMIT :limit""")
                .param("after", after)
                .param("onOrBefore", Date.valueOf(onOrBefore))
                .param("limit", limit)
                .query(UUID.class).list();
    }

    /** Whether the person has an employment that has not yet ended on {@code today}. */
    boolean employedOn(PersonId person, LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM employment WHERE person_id = :person AND (last_day IS NULL OR last_day >= :today)")
                .param("person", person.value()).param("today", Date.valueOf(today)).query(Long.class).single() > 0;
    }

    BigDecimal hoursOfAssignment(EmploymentId id, UUID assignment) {
        return jdbc.sql("SELECT coalesce(sum(hours), 0) FROM timesheet_line WHERE employment_id = :id AND assignment_id = :assignment")
                .param("id", id.value()).param("assignment", assignment).query(BigDecimal.class).single();
    }

    /** Hours the person has on the day, on every line but the one that is being replaced. */
    BigDecimal hoursOn(PersonId person, LocalDate day, EmploymentId except, UUID exceptAssignment) {
        return jdbc.sql("""
                        SELECT coalesce(sum(hours), 0) FROM timesheet_line WHERE person_id = :person AND work_date = :day
                          AND NOT (employment_id = :employment AND assignment_id = :assignment)""")
                .param("person", person.value()).param("day", Date.valueOf(day)).param("employment", except.value())
                .param("assignment", exceptAssignment).query(BigDecimal.class).single();
    }

    void recordHours(EmploymentId id, PersonId person, UUID assignment, LocalDate day, BigDecimal hours, Instant now,
                     String by) {
        jdbc.sql("""
                        INSERT INTO timesheet_line (employment_id, person_id, assignment_id, work_date, hours, recorded_at, recorded_by)
                        VALUES (:employment, :person, :assignment, :day, :hours, :now, :by)
                        ON CONFLICT (employment_id, assignment_id, work_date)
                        DO UPDATE SET hours = excluded.hours, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .param("employment", id.value()).param("person", person.value()).param("assignment", assignment)
                .param("day", Date.valueOf(day)).param("hours", hours).param("now", Timestamp.from(now)).param("by", by)
                .update();
    }

    List<TimesheetLine> timesheets(PersonId person) {
        return jdbc.sql("""
                        SELECT employment_id, assignment_id, work_date, hours FROM timesheet_line
                        WHERE person_id = :person ORDER BY work_date DESC, id DESC""")
                .param("person", person.value())
                .query((row, n) -> new TimesheetLine(new EmploymentId(row.getObject(1, UUID.class)), row.getObject(2, UUID.class),
                        row.getDate(3).toLocalDate(), row.getBigDecimal(4)))
                .list();
    }

    static EmploymentSummary map(ResultSet row) throws SQLException {
        Date last = row.getDate("last_day");
        return new EmploymentSummary(new EmploymentId(row.getObject("id", UUID.class)), Hire.Kind.valueOf(row.getString("kind")),
                row.getString("title"), row.getString("employer_or_client"), row.getDate("start_date").toLocalDate(),
                last == null ? null : last.toLocalDate(), row.getBigDecimal("hourly_pay"));
    }
}
