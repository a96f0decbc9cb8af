package dk.tillid.notification;

import java.util.Date;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a run of the outbox. {@link JavaMailSender#send(MimeMessage)} connects,
 * greets the server (EHLO; with STARTTLS a handshake and a second EHLO) and quits for every single
 * mail: a handful of round trips and a TLS handshake per mail against a real server, and 43 ms per
 * mail against GreenMail (it flushes each line of its EHLO reply, and the second line waits for the
 * client's delayed ACK), which held a campaign to 20 mails a second (CampaignBenchmark). A run now
 * greets the server once; each mail is still claimed, sent and marked in a transaction of its own.
 * A mail that fails on a connection already used is tried once more on a fresh one, as the server
 * may have closed it since the last mail. Failures are Spring's exceptions, as from
 * {@code JavaMailSender}, so the outbox tells them apart as before.
 */
final class MailConnection implements AutoCloseable {

    private final JavaMailSender mail;
    private Transport transport;

    MailConnection(JavaMailSender mail) {
        this.mail = mail;
    }

    void send(MimeMessage message) throws MailException {
        if (!(mail instanceof JavaMailSenderImpl sender)) {
            // Not Spring's SMTP sender (none in the application): it sends its own way.
            mail.send(message);
            return;
        }
        Address[] recipients = prepared(message);
        if (transport != null) {
            try {
                transport.sendMessage(message, recipients);
                return;
            } catch (MessagingException onUsedConnection) {
                close();
            }
        }
        transport = connect(sender, message);
        try {
            transport.sendMessage(message, recipients);
        } catch (MessagingException failed) {
            close();
            throw new MailSendException(Map.of(message, failed));
        }
    }

    /** What {@code JavaMailSenderImpl} does to a message before it sends it: date, headers, recipients. */
    private static Address[] prepared(MimeMessage message) {
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? new Address[0] : recipients;
        } catch (MessagingException failed) {
            throw new MailSendException(Map.of(message, failed));
        }
    }

    /** Connects as {@code JavaMailSenderImpl} does, with its session, server and credentials. */
    private static Transport connect(JavaMailSenderImpl sender, MimeMessage message) {
        String username = sender.getUsername();
        String password = sender.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        String protocol = sender.getProtocol() != null ? sender.getProtocol()
                : sender.getSession().getProperty("mail.transport.protocol");
        try {
            Transport connected = sender.getSession().getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
            connected.connect(sender.getHost(), sender.getPort(), username, password);
            return connected;
        } catch (AuthenticationFailedException refused) {
            throw new MailAuthenticationException(refused);
        } catch (MessagingException unreachable) {
            throw new MailSendException("Mail server connection failed", unreachable, Map.of(message, unreachable));
        }
    }

    /** Quits the connection, if one is open; a failure to quit loses nothing, as every mail was answered. */
    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The server answered every mail already; its goodbye does not matter.
            } finally {
                transport = null;
            }
        }
    }
}
