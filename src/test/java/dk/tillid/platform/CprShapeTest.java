package dk.tillid.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What looks like a CPR number to the backstop of the mails, and what ordinary text does not. */
class CprShapeTest {

    @Test
    void aCprNumberWithOrWithoutItsHyphenOrJustItsDateIsFound() {
        for (String text : new String[] {"010190-1234", "Begrundelse: 010190-1234.", "cpr 0101901234", "CPR:290204-4321",
                "født 311299", "010190 1234", "x010190-1234y", "(311290-1234)", "Nr. 010190-XXXX"}) {
            assertThat(CprShape.appearsIn(text)).as(text).isTrue();
        }
    }

    @Test
    void datesPhoneNumbersAmountsAndLinksAreNot() {
        for (String text : new String[] {"2026-11-29", "29.11.2026", "29-11-26", "d. 29. november 2026", "+45 70 20 30 40",
                "+4570203040", "12345678", "150000 kr.", "123456", "320190-1234", "011390-1234", "01019012345",
                "0101901", "Sagsnr. 2026-000123", "kl. 10:30",
                "https://tillid.example.dk/portal/sign-in/confirm?token=AbC010190-1234_x9",
                "http://localhost:8080/register/confirm?token=010190xyz", "", "Hej"}) {
            assertThat(CprShape.appearsIn(text)).as(text).isFalse();
        }
        assertThat(CprShape.appearsIn(null)).isFalse();
    }

    @Test
    void aTextForAMailGetsEveryCprNumberWithheldAndKeepsTheRest() {
        String extract = "Straffeattest for 010190-1234 (cpr 0101901234, født 311299), udstedt 2026-11-29, se https://x.dk/a?t=010190";

        String withheld = CprShape.withheld(extract, "[udeladt]");

        assertThat(CprShape.appearsIn(withheld)).isFalse();
        assertThat(withheld).isEqualTo("Straffeattest for [udeladt] (cpr [udeladt], født [udeladt]), udstedt 2026-11-29, "
                + "se https://x.dk/a?t=010190");
        assertThat(CprShape.withheld("Intet at bemærke. 150000 kr.", "[udeladt]")).isEqualTo("Intet at bemærke. 150000 kr.");
    }

    @Test
    void aCprNumberBesideALinkIsStillFound() {
        assertThat(CprShape.appearsIn("Se https://tillid.example.dk/portal og 010190-1234")).isTrue();
    }
}
