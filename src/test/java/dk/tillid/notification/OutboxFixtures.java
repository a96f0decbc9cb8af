package dk.tillid.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.privacy.SubjectId;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Generated mail (example.dk, never real people) and a look into the outbox and the test's SMTP server. */
final class OutboxFixtures {

    private OutboxFixtures() {
    }

    static String address() {
        return "kandidat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }

    static OutgoingEmail confirmation(SubjectId about, String to) {
        return new OutgoingEmail(about, "EMAIL_CONFIRMATION", to, "Bekræft din e-mailadresse – Æblehaven, Ørestad, Åbyhøj",
                "Kære Søren Ærø Østergård\n\nBekræft din adresse: https://example.dk/bekraeft/" + UUID.randomUUID()
                        + "\n\nVenlig hilsen\nJobConnection – Åbyhøj");
    }

    static String status(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT status FROM notification_outbox WHERE id = :id").param("id", id).query(String.class)
                .optional().orElse("GONE");
    }

    static Instant instant(JdbcClient jdbc, String column, UUID id) {
        return jdbc.sql("SELECT " + column + " FROM notification_outbox WHERE id = :id").param("id", id)
                .query((row, n) -> Optional.ofNullable(row.getTimestamp(1)).map(java.sql.Timestamp::toInstant)).single()
                .orElse(null);
    }

    /** Every message the test SMTP server received for the address. */
    static MimeMessage[] receivedBy(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equals(address));
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toArray(MimeMessage[]::new);
    }
}
