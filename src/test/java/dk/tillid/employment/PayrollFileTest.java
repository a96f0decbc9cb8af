package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cell of the payroll CSV that begins with = + - @ TAB or CR is neutralised with an apostrophe. */
class PayrollFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aCellThatCouldBeAFormulaIsNeutralised(String dangerous) {
        PayrollFile file = new PayrollFile(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "Løn A/S", List.of(
                new PayrollFile.Line(1001, dangerous, "010190-4322", "1234-0001234567", new EmploymentId(UUID.randomUUID()),
                        dangerous, new BigDecimal("7.50"), new BigDecimal("200.00"), new BigDecimal("1500.00"))));

        String csv = file.csv();

        String quoted = "\"'" + dangerous.replace("\"", "\"\"") + "\"";
        assertThat(csv).contains(quoted);
        assertThat(csv.split("\r\n")[1]).startsWith("\"1001\",").doesNotContain("\"" + dangerous.charAt(0) + dangerous.substring(1, 2));
    }
}
