package dk.tillid.platform;

import java.security.SecureRandom;

/** Random secrets that are safe to print, type and put in any file or statement. */
public final class RandomText {

    /** Letters and digits without the look-alikes 0/O, 1/l/I. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomText() {
    }

    public static String alphanumeric(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
