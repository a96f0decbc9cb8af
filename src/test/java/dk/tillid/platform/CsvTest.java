package dk.tillid.platform;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=SUM(A1:A2)|\"'=SUM(A1:A2)\"",
            "+45 31 22 21 11|\"'+45 31 22 21 11\"",
            "-2+3|\"'-2+3\"",
            "@cmd|\"'@cmd\"",
            "Søren Ærø|\"Søren Ærø\"",
            "x;=HYPERLINK(1)|\"x;=HYPERLINK(1)\""})
    void cellsThatASpreadsheetWouldRunAreNeutralised(String value, String expected) {
        assertThat(Csv.cell(value)).isEqualTo(expected);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        assertThat(Csv.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(Csv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void quotesEveryCellSoNoSeparatorCanSplitIt() {
        String csv = Csv.of(List.of("a", "b"), List.of(List.of("x, y", "say \"hi\""), List.of("two\nlines", "")));

        assertThat(csv).isEqualTo("\"a\",\"b\"\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\"\"\r\n");
    }
}
