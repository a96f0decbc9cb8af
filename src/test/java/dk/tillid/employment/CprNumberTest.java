package dk.tillid.employment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CPR number's format, date and century rules; never modulus 11. */
class CprNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** The old check: weights 4 3 2 7 6 5 4 3 2 1, sum divisible by 11. */
    static boolean passesModulus11(String digits) {
        int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 == 0;
    }

    @Test
    void aNumberThatFailsModulus11IsValid() {
        String number = "0101904322";
        assertThat(passesModulus11(number)).as("the test number must fail the old check").isFalse();

        CprNumber cpr = CprNumber.parse(number, TODAY);

        assertThat(cpr.formatted()).isEqualTo("010190-4322");
        assertThat(cpr.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void theHyphenIsOptional() {
        assertThat(CprNumber.parse("010190-4322", TODAY)).isEqualTo(CprNumber.parse("0101904322", TODAY));
    }

    @ParameterizedTest
    @CsvSource({
            "010100-0000, 1900-01-01", "311299-3999, 1999-12-31",
            "010105-4000, 2005-01-01", "010136-4000, 1936-01-01", "010137-4000, 1937-01-01", "010199-9000, 1999-01-01",
            "010120-9000, 2020-01-01", "010110-5000, 2010-01-01", "010157-8000, 1857-01-01", "010158-6000, 1858-01-01",
            "010160-5000, 1860-01-01", "290200-4000, 2000-02-29", "290260-5000, 1860-02-29"})
    void theSeventhDigitAndTheYearGiveTheCentury(String number, LocalDate born) {
        // 010136-4000 is 2036 by the table: in the future on TODAY, so checked at the table itself below
        if (number.equals("010136-4000")) {
            assertThat(CprNumber.century(4, 36)).isEqualTo(2000);
            assertThat(CprNumber.century(4, 37)).isEqualTo(1900);
            return;
        }
        if (number.equals("010157-8000")) {
            assertThat(CprNumber.century(8, 57)).isEqualTo(2000);
            assertThat(CprNumber.century(8, 58)).isEqualTo(1800);
            return;
        }
        assertThat(CprNumber.parse(number, TODAY).birthDate()).isEqualTo(born);
    }

    @ParameterizedTest
    @ValueSource(strings = {"300280-1234", "310490-1234", "320190-1234", "001390-1234", "000190-1234",
            "290200-0000", "290291-1234", "010150-5000", "010130-4000"})
    void impossibleOrFutureDatesAreRefusedWithoutQuotingTheNumber(String number) {
        assertThatThrownBy(() -> CprNumber.parse(number, TODAY))
                .isInstanceOf(EmploymentRefusal.class)
                .hasMessageNotContaining(number.substring(0, 6))
                .extracting(e -> ((EmploymentRefusal) e).key()).isEqualTo("employment.cpr.date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0101904", "01019043221", "010190 4322", "abcdef-ghij", "010190--4322", "01-0190-4322"})
    void anythingButDdmmyySsssIsRefused(String text) {
        assertThatThrownBy(() -> CprNumber.parse(text, TODAY)).isInstanceOf(EmploymentRefusal.class)
                .extracting(e -> ((EmploymentRefusal) e).key()).isEqualTo("employment.cpr.format");
    }

    @Test
    void maskingHidesTheLastFourAndToStringHidesAll() {
        CprNumber cpr = CprNumber.parse("010190-4322", TODAY);

        assertThat(cpr.masked()).isEqualTo("010190-XXXX");
        assertThat(cpr.toString()).doesNotContain("010190", "4322");
    }
}
