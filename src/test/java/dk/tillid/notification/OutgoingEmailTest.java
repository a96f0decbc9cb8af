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
    void itsTextFormHidesTheValues() {
        OutgoingEmail email = email(TO, "Bekræft, Karen", "Hemmeligt link https://example.dk/t/123");

        assertThat(email.toString()).contains("EMAIL_CONFIRMATION").doesNotContain("karen", "Karen", "example.dk", "123");
    }
}
