package dk.tillid.employment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Names of employees from the person module's directory view; callers audit what they read. */
@Repository
class EmployeeDirectory {

    private final JdbcClient jdbc;

    EmployeeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(PersonId person, long employeeNumber, String name, boolean restricted) {

        @Override
        public String toString() {
            return "Entry[" + person + ", redacted]";
        }
    }

    Optional<Entry> find(PersonId person) {
        return jdbc.sql("""
                        SELECT f.person_id, f.employee_number, d.given_name || ' ' || d.family_name, d.restricted
                        FROM employee_file f JOIN person_directory d ON d.id = f.person_id WHERE f.person_id = :person""")
                .param("person", person.value()).query((row, n) -> map(row)).optional();
    }

    /** A page of employees in name order; one more than asked, to tell whether another page follows. */
    List<Entry> page(int page, int size) {
        return jdbc.sql("""
                        SELECT f.person_id, f.employee_number, d.given_name || ' ' || d.family_name, d.restricted
                        FROM employee_file f JOIN person_directory d ON d.id = f.person_id
                        ORDER BY d.family_name, d.given_name, f.person_id LIMIT :limit OFFSET :offset""")
                .param("limit", size + 1).param("offset", (long) Math.min(Math.max(page, 0), 10_000) * size)
                .query((row, n) -> map(row)).list();
    }

    List<Entry> of(List<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        UUID[] ids = people.stream().map(PersonId::value).toArray(UUID[]::new);
        return jdbc.sql("""
                        SELECT f.person_id, f.employee_number, d.given_name || ' ' || d.family_name, d.restricted
                        FROM employee_file f JOIN person_directory d ON d.id = f.person_id WHERE f.person_id = ANY(:ids)""")
                .param("ids", ids).query((row, n) -> map(row)).list();
    }

    private static Entry map(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Entry(new PersonId(row.getObject(1, UUID.class)), row.getLong(2), row.getString(3), row.getBoolean(4));
    }
}
