package dk.tillid.portal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the shared GreenMail server received for one address (every test uses addresses of its own). */
record Mailbox(GreenMail greenMail) {

    /** A received mail, decoded. */
    record Mail(String subject, String text) {
    }

    /** Waits up to five seconds for the {@code count}-th mail to the address: mail leaves after the commit, on another thread. */
    List<Mail> await(String address, int count) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<Mail> mails = of(address);
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " mails arrived for the address");
    }

    /** Waits up to ten seconds for the newest mail to the address whose subject holds the words. */
    Mail awaitSubject(String address, String words) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<Mail> mails = of(address).stream().filter(mail -> mail.subject().contains(words)).toList();
            if (!mails.isEmpty()) {
                return mails.get(mails.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail with that subject arrived for the address");
    }

    Mail awaitOne(String address) throws InterruptedException {
        return await(address, 1).get(0);
    }

    /** The mails to the address so far, oldest first. */
    List<Mail> of(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> to(message, address)).map(Mailbox::read).toList();
    }

    /** The token of the one-time link in a mail. */
    static String token(Mail mail) {
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.text());
        if (!token.find()) {
            throw new AssertionError("no link in the mail");
        }
        return token.group(1);
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
        } catch (MessagingException | RuntimeException unreadable) {
            return false;
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), (String) message.getContent());
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }
}
