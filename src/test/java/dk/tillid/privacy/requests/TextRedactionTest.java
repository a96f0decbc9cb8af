package dk.tillid.privacy.requests;

import java.util.Set;

import dk.tillid.privacy.spi.NameKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How one text is searched for other people and rewritten, without a database. */
class TextRedactionTest {

    static final TextRedaction.Markers MARKERS = new TextRedaction.Markers("[P]", "[E]", "[T]", "the agency");

    /** The subject is Åse Kjær (aase@example.dk, +45 20 30 40 50); Søren Bødker, Anne Marie Holm and Mette Lund are others. */
    static final TextRedaction REDACTION = new TextRedaction(Set.of(NameKey.of("Åse Kjær")), Set.of("aase@example.dk"),
            Set.of("4520304050"), Set.of(NameKey.of("Søren Bødker"), NameKey.of("Anne Marie Holm"), NameKey.of("Marie Holm"),
                    NameKey.of("Mette Lund"), "mlund"),
            Set.of(NameKey.of("Mette Lund"), "mlund"), MARKERS);

    @Test
    void namesOfOthersGoInAnyCaseAndOrderAndTheSubjectsOwnStays() {
        assertThat(REDACTION.apply("Talte med SØREN BØDKER og Holm, Anne Marie; Åse Kjær (Kjær, Åse) ringer til søren bødker."))
                .isEqualTo("Talte med [P] og [P]; Åse Kjær (Kjær, Åse) ringer til [P].");
    }

    @Test
    void theLongestMentionWinsSoTheSubjectsOwnNameShieldsAnotherNameInsideIt() {
        TextRedaction marieHolmIsSomeoneElse = new TextRedaction(Set.of(NameKey.of("Anne Marie Holm")), Set.of(), Set.of(),
                Set.of(NameKey.of("Marie Holm")), Set.of(), MARKERS);

        assertThat(marieHolmIsSomeoneElse.apply("Anne Marie Holm mødte Marie Holm.")).isEqualTo("Anne Marie Holm mødte [P].");
    }

    @Test
    void addressesAndNumbersOfOthersGoTheSubjectsOwnStay() {
        assertThat(REDACTION.apply("Skriv til lars.holm@firma.dk eller ring +45 87 65 43 21 / (+45) 87654321; "
                + "egen: AASE@example.dk, 20 30 40 50."))
                .isEqualTo("Skriv til [E] eller ring [T] / [T]; egen: AASE@example.dk, 20 30 40 50.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vagt 2026-11-29 kl. 07.00, løn 185.50 kr.", "Ansat 2019-2024 og 29-11-2026.",
            "3f2a1b9c-1234-5678-9abc-def012345678", "2026-11-29T10:15:30.123456Z", "Søren mødte Bødker.",
            "Mette og Lund", "Ringede om vagtplanen i uge 12.", "P-DATA-9", "CVR-nr. DK-12345678-A"})
    void textsWithoutOthersAreReturnedAsTheyAre(String text) {
        assertThat(REDACTION.apply(text)).isSameAs(text);
    }

    @Test
    void aWholeValueThatIsAStaffMemberIsTheAgency() {
        assertThat(REDACTION.apply("Mette Lund")).isEqualTo("the agency");
        assertThat(REDACTION.apply("mlund")).isEqualTo("the agency");
        assertThat(REDACTION.apply("STAFF:2b8c7d1e-0f4a-4b6e-9c3d-5a6b7c8d9e0f")).isEqualTo("the agency");
        assertThat(REDACTION.apply("Mette Lund ringede")).isEqualTo("[P] ringede");
    }

    @Test
    void mentionsAreRunsOfTwoToFourWordsWithInitialsAndTheCommaForm() {
        assertThat(NameMentions.in("H.C. Andersen, Anne-Marie O’Brien; Holm, Anne Marie"))
                .extracting(NameMentions.Mention::key)
                .contains("h c andersen", "h c", "anne-marie o'brien", "anne marie holm")
                .doesNotContain("andersen anne-marie", "o'brien holm");
    }

    @Test
    void theKeyFoldsCaseDotsApostrophesAndSpacesAsTheDatabaseDoes() {
        assertThat(NameKey.of("  ÆRTEBJØRG  Ødegaard-ÅBERG ")).isEqualTo("ærtebjørg ødegaard-åberg");
        assertThat(NameKey.of("H.C. O’Brien")).isEqualTo("h c o'brien");
    }

    @Test
    void phoneNumbersAreOneNumberWithOrWithoutTheCountryCode() {
        assertThat(ContactMentions.same("4520304050", "20304050")).isTrue();
        assertThat(ContactMentions.same("004520304050", "+4520304050".replace("+", ""))).isTrue();
        assertThat(ContactMentions.same("4520304050", "4520304051")).isFalse();
        assertThat(ContactMentions.in("ring 12 34 56 78")).extracting(ContactMentions.Mention::value).containsExactly("12345678");
    }
}
