package dk.tillid;

import java.util.ArrayList;
import java.util.List;

import dk.tillid.policy.Policy;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of every table carries its data category from the policy next to its DDL
 * ({@code COMMENT ON COLUMN ... IS 'P-DATA-1'}), or {@code technical} when it says nothing about a
 * person on its own. Read from the live schema, so a new table cannot slip past.
 */
@IntegrationTest
@Tag("repository")
class ClassificationTest {

    static final String TECHNICAL = "technical";

    @Autowired
    Flyway flyway;

    @Autowired
    Policy policy;

    /** The schema owner's connection: the application role may not create tables. */
    JdbcClient owner() {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }

    @Test
    void everyColumnIsClassifiedWithACategoryOfThePolicy() {
        assertThat(columns()).as("the schema has tables").isNotEmpty();
        assertThat(problems()).isEmpty();
    }

    @Test
    void aNewTableWithoutClassificationIsFound() {
        try {
            owner().sql("CREATE TABLE forgotten_notes (id uuid PRIMARY KEY, note text)").update();
            owner().sql("COMMENT ON COLUMN forgotten_notes.id IS 'technical'").update();

            assertThat(problems()).containsExactly("forgotten_notes.note has no data category");
        } finally {
            owner().sql("DROP TABLE IF EXISTS forgotten_notes").update();
        }
    }

    @Test
    void aTableTheApplicationCannotSeeIsCheckedToo() {
        try {
            owner().sql("CREATE TABLE hidden_notes (id uuid PRIMARY KEY, note text)").update();
            owner().sql("REVOKE ALL ON hidden_notes FROM PUBLIC").update();
            owner().sql("COMMENT ON COLUMN hidden_notes.id IS 'technical'").update();

            assertThat(problems()).containsExactly("hidden_notes.note has no data category");
        } finally {
            owner().sql("DROP TABLE IF EXISTS hidden_notes").update();
        }
    }

    @Test
    void aCategoryThePolicyLacksIsFound() {
        try {
            owner().sql("CREATE TABLE mislabelled (id uuid PRIMARY KEY, shoe_size integer)").update();
            owner().sql("COMMENT ON COLUMN mislabelled.id IS 'technical'").update();
            owner().sql("COMMENT ON COLUMN mislabelled.shoe_size IS 'P-DATA-42: shoe size'").update();

            assertThat(problems()).containsExactly("mislabelled.shoe_size names category 'P-DATA-42', which the policy lacks");
        } finally {
            owner().sql("DROP TABLE IF EXISTS mislabelled").update();
        }
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

    /** From the catalogue, which shows every table whoever may read it, not only the application's. */
    private List<Column> columns() {
        return owner().sql("""
                        SELECT c.relname, a.attname, col_description(c.oid, a.attnum)
                        FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        JOIN pg_attribute a ON a.attrelid = c.oid
                        WHERE n.nspname = current_schema()
                          AND c.relkind IN ('r', 'p')
                          AND a.attnum > 0 AND NOT a.attisdropped
                          AND c.relname <> 'flyway_schema_history'
                        ORDER BY c.relname, a.attnum""")
                .query((row, number) -> new Column(row.getString(1), row.getString(2), row.getString(3)))
                .list();
    }
}
