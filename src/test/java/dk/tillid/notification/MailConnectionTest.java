package dk.tillid.notification;

import java.net.ServerSocket;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** One SMTP connection for many mails: replaced when the server dropped it, and failing as Spring's sender fails. */
class MailConnectionTest {

    @Test
    void aConnectionTheServerClosedBetweenTwoMailsIsReplacedAndTheSecondMailStillGoes() throws Exception {
        int port = freePort();
        JavaMailSenderImpl sender = sender(port);
        GreenMail first = server(port);
        try (MailConnection connection = new MailConnection(sender)) {
            try {
                connection.send(mail(sender, OutboxFixtures.address()));
                assertThat(first.getReceivedMessages()).hasSize(1);
            } finally {
                first.stop();
            }
            GreenMail restarted = server(port);
            try {
                String to = OutboxFixtures.address();
                connection.send(mail(sender, to));
                assertThat(OutboxFixtures.receivedBy(restarted, to)).hasSize(1);
            } finally {
                restarted.stop();
            }
        }
    }

    @Test
    void noServerFailsAsSpringsSenderFails() throws Exception {
        JavaMailSenderImpl sender = sender(freePort());
        try (MailConnection connection = new MailConnection(sender)) {
            MimeMessage message = mail(sender, OutboxFixtures.address());
            MailSendException failure = assertThatExceptionOfType(MailSendException.class)
                    .isThrownBy(() -> connection.send(message)).actual();
            assertThat(OutboxSender.errorOf(failure)).isEqualTo("org.springframework.mail.MailSendException (java.net.ConnectException)");
            assertThat(failure.getFailedMessages()).containsOnlyKeys(message);
        }
    }

    private static GreenMail server(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static MimeMessage mail(JavaMailSenderImpl sender, String to) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("afsender@example.dk");
        helper.setTo(to);
        helper.setSubject("Nyt fra os");
        helper.setText("Kære læser", false);
        return message;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
