package dk.tillid.employment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hours per employment in a pay period. */
@Repository
class PayrollRepository {

    private final JdbcClient jdbc;

    PayrollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Hours(PersonId person, long employeeNumber, EmploymentId employment, String title, BigDecimal hourlyPay,
                 BigDecimal hours) {
    }

    List<Hours> hours(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT e.person_id, f.employee_number, e.id, e.title, e.hourly_pay, sum(t.hours)
                        FROM timesheet_line t JOIN employment e ON e.id = t.employment_id
                        JOIN employee_file f ON f.person_id = e.person_id
                        WHERE t.work_date BETWEEN :from AND :to
                        GROUP BY e.person_id, f.employee_number, e.id, e.title, e.hourly_pay
                        ORDER BY f.employee_number, e.id""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((row, n) -> new Hours(new PersonId(row.getObject(1, UUID.class)), row.getLong(2),
                        new EmploymentId(row.getObject(3, UUID.class)), row.getString(4), row.getBigDecimal(5), row.getBigDecimal(6)))
                .list();
    }
}
