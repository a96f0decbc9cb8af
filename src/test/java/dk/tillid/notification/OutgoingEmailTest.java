package dk.tillid.notification;

import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** A mail is refused when built if it could inject headers or is not plausible; refusals name no value. */
class OutgoingEmailTest {

    static final String TO = "karen.moeller@example.dk";

    static OutgoingEmail email(String to, String subject, String text) {
        return new OutgoingEmail(new SubjectId(UUID.randomUUID()), "EMAIL_CONFIRMATION", to, subject, text);
    }

    @Test
    void aPlainDanishMailIsAccepted() {
        assertThatNoException().isThrownBy(() -> email(TO, "Bekræft din e-mailadresse – Æblehaven, Ørestad, Åbyhøj",
                "Hej Karen\n\nKlik på linket:\r\nhttps://example.dk/bekraeft?t=abc\n\tVenlig hilsen"));
        assertThatNoException().isThrownBy(() -> new OutgoingEmail(null, "PASSWORD_RESET", "ærø@blåbær.example.dk",
                "Emne", ""));
    }

    @Test
    void aLineBreakInTheSubjectOrRecipientIsRefused() {
        for (String subject : new String[] {"Hej\r\nBcc: victim@example.dk", "Hej\nBcc: x@example.dk", "Hej\rX",
                "Hej\u2028X", "Hej\u0085X"}) {
            assertThatIllegalArgumentException().as(subject).isThrownBy(() -> email(TO, subject, "text"))
                    .withMessageNotContaining("Bcc").withMessageNotContaining("example.dk");
        }
        for (String to : new String[] {TO + "\r\nBcc: victim@example.dk", TO + "\n", "\r" + TO}) {
            assertThatIllegalArgumentException().isThrownBy(() -> email(to, "Hej", "text"))
                    .withMessageNotContaining("karen").withMessageNotContaining("victim");
        }
    }

    @Test
    void anImplausibleRecipientIsRefusedWithoutRepeatingIt() {
        for (String to : new String[] {"", "karen", "karen@", "@example.dk", "karen@example", "karen@@example.dk",
                "Karen <karen@example.dk>", "karen@example.dk, ole@example.dk", "karen@example.dk;ole@example.dk",
                "karen møller@example.dk", "karen@.example.dk", "karen@example..dk", "a".repeat(250) + "@example.dk"}) {
            assertThatIllegalArgumentException().as(to).isThrownBy(() -> email(to, "Hej", "text"))
                    .withMessage("The recipient is not a plausible e-mail address");
        }
    }

    @Test
    void theSubjectIsOneShortLineAndTheTextHasALimit() {
        assertThatNoException().isThrownBy(() -> email(TO, "x".repeat(OutgoingEmail.MAX_SUBJECT), "x".repeat(OutgoingEmail.MAX_TEXT)));
        assertThatIllegalArgumentException().isThrownBy(() -> email(TO, "x".repeat(OutgoingEmail.MAX_SUBJECT + 1), "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> email(TO, " ", "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> email(TO, "Hej\u0000", "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> email(TO, "Hej", "x".repeat(OutgoingEmail.MAX_TEXT + 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> email(TO, "Hej", "bell\u0007"));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new OutgoingEmail(null, "email confirmation", TO, "Hej", "t"));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingEmail(null, "X\nY", TO, "Hej", "t"));
    }

    @Test
    void somethingShapedLikeACprNumberInTheSubjectOrTextIsRefusedWithoutRepeatingIt() {
        for (String[] mail : new String[][] {{"Hej", "Begrundelse: sagen om 010190-1234 kræver tid"}, {"Sag 0101901234", "t"},
                {"Hej", "Født 311299, se https://example.dk/a"}}) {
            assertThatIllegalArgumentException().isThrownBy(() -> email(TO, mail[0], mail[1]))
                    .withMessageContaining("CPR").withMessageNotContaining("0101").withMessageNotContaining("3112");
        }
    }

    @Test
    void linksWithTokensDatesAndPhoneNumbersAreNotMistakenForCprNumbers() {
        assertThatNoException().isThrownBy(() -> email(TO, "Log ind på din side",
                "Brug linket: https://tillid.example.dk/portal/sign-in/confirm?token=q1w2e3010190-1234abcdef_010190\n"
                        + "Svar senest 2026-11-29 (d. 29. november 2026). Ring på +45 70 20 30 40 eller 70203040."));
    }

    @Test
    void anAddressThePersonModuleAcceptsButAMailCannotCarryIsSaidSo() {
        assertThat(OutgoingEmail.canBeSentTo(TO)).isTrue();
        for (String address : new String[] {"karen(arbejde)@example.dk", "karen\"x\"@example.dk", "karen@example", null,
                "karen\u2028@example.dk"}) {
            assertThat(OutgoingEmail.canBeSentTo(address)).as(String.valueOf(address)).isFalse();
        }
    }

    @Test
    void itsTextFormHidesTheValues() {
        OutgoingEmail email = email(TO, "Bekræft, Karen", "Hemmeligt link https://example.dk/t/123");

        assertThat(email.toString()).contains("EMAIL_CONFIRMATION").doesNotContain("karen", "Karen", "example.dk", "123");
    }
}
