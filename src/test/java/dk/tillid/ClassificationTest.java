package dk.tillid;

import java.util.ArrayList;
import java.util.List;

import dk.tillid.policy.Policy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of every table carries its data category from the policy next to its DDL
 * ({@code COMMENT ON COLUMN ... IS 'P-DATA-1'}), or {@code technical} when it says nothing about a
 * person on its own. Read from the live schema, so a new table cannot slip past.
 */
@RepositoryTest
class ClassificationTest {

    static final String TECHNICAL = "technical";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Policy policy;

    @Test
    void everyColumnIsClassifiedWithACategoryOfThePolicy() {
        assertThat(columns()).as("the schema has tables").isNotEmpty();
        assertThat(problems()).isEmpty();
    }

    @Test
    void aNewTableWithoutClassificationIsFound() {
        jdbc.sql("CREATE TABLE forgotten_notes (id uuid PRIMARY KEY, note text)").update();
        jdbc.sql("COMMENT ON COLUMN forgotten_notes.id IS 'technical'").update();

        assertThat(problems()).containsExactly("forgotten_notes.note has no data category");
    }

    @Test
    void aCategoryThePolicyLacksIsFound() {
        jdbc.sql("CREATE TABLE mislabelled (id uuid PRIMARY KEY, shoe_size integer)").update();
        jdbc.sql("COMMENT ON COLUMN mislabelled.id IS 'technical'").update();
        jdbc.sql("COMMENT ON COLUMN mislabelled.shoe_size IS 'P-DATA-42: shoe size'").update();

        assertThat(problems()).containsExactly("mislabelled.shoe_size names category 'P-DATA-42', which the policy lacks");
    }

    record Column(String table, String column, String comment) {
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Column column : columns()) {
            String where = column.table() + "." + column.column();
            if (column.comment() == null || column.comment().isBlank()) {
                problems.add(where + " has no data category");
                continue;
            }
            String category = column.comment().strip().split("[\\s:]", 2)[0];
            if (!category.equals(TECHNICAL) && policy.findCategory(category).isEmpty()) {
                problems.add(where + " names category '" + category + "', which the policy lacks");
            }
        }
        return problems;
    }

    private List<Column> columns() {
        return jdbc.sql("""
                        SELECT c.table_name, c.column_name,
                               col_description(format('%I.%I', c.table_schema, c.table_name)::regclass, c.ordinal_position)
                        FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = current_schema()
                          AND t.table_type = 'BASE TABLE'
                          AND c.table_name <> 'flyway_schema_history'
                        ORDER BY c.table_name, c.ordinal_position""")
                .query((row, number) -> new Column(row.getString(1), row.getString(2), row.getString(3)))
                .list();
    }
}
