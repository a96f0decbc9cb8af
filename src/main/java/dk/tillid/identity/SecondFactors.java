package dk.tillid.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.OptionalLong;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff second factor: enrolling a TOTP secret (confirmed by a code from the app), checking a
 * code or a recovery code at login, and new recovery codes. The secret is encrypted with a data key
 * of the account, wrapped by the master key like a person's (the account id is the key's subject),
 * so a copy of the database alone cannot make codes. Every change asks for the password again (and a
 * current code, once enrolled): a session left open is not enough to move the factor elsewhere.
 */
@Service
@Transactional
class SecondFactors {

    static final String ISSUER = "Tillid";
    static final int RECOVERY_CODES = 10;
    private static final String SECRET_FIELD = "staff_totp.secret";
    private static final String PENDING_FIELD = "staff_totp.pending_secret";
    private static final String RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAccountRepository accounts;
    private final SecondFactorRepository factors;
    private final PersonalKeys keys;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    SecondFactors(StaffAccountRepository accounts, SecondFactorRepository factors, PersonalKeys keys,
                  PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        this.keys = keys;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A secret to enrol, shown once on the enrolment page; it counts only after a code confirms it. */
    record Enrolment(String secret, String uri) {

        @Override
        public String toString() {
            return "Enrolment[hidden]";
        }
    }

    /** Something typed was refused; the message key says what. */
    static class Refused extends RuntimeException {
        Refused(String messageKey) {
            super(messageKey);
        }
    }

    @Transactional(readOnly = true)
    boolean enrolled(StaffAccountId account) {
        return factors.enrolled(account);
    }

    /**
     * The secret waiting to be confirmed, or a new one: showing the page again (after a mistyped code)
     * shows the secret already scanned into the app.
     */
    /** Wrong codes an account may have in {@link #CODE_FAILURE_WINDOW} before every code is refused until it passes. */
    static final int CODE_FAILURES_PER_WINDOW = 10;
    static final java.time.Duration CODE_FAILURE_WINDOW = java.time.Duration.ofMinutes(15);

    Enrolment enrolment(String username) {
        StaffAccount account = account(username);
        byte[] secret = factors.find(account.id()).map(SecondFactorRepository.Stored::pendingSecret)
                .map(pending -> decrypt(account.id(), PENDING_FIELD, pending))
                .orElse(null);
        if (secret == null) {
            secret = Totp.newSecret();
            factors.savePending(account.id(), keys.encrypt(subject(account.id()), PENDING_FIELD, secret),
                    clock.instant());
        }
        String base32 = Totp.base32(secret);
        String label = URLEncoder.encode(ISSUER + ":" + account.username(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32, uri);
    }

    /**
     * Confirms the pending secret with a code from the app; returns the new recovery codes, to show once.
     *
     * @throws Refused if the password, the current code (when a factor is already enrolled) or the new code is wrong
     */
    List<String> confirmEnrolment(String username, String password, String currentCode, String newCode) {
        StaffAccount account = reauthenticated(username, password, currentCode);
        var stored = factors.find(account.id()).filter(found -> found.pendingSecret() != null)
                .orElseThrow(() -> new Refused("secondFactor.enrol.expired"));
        byte[] pending = decrypt(account.id(), PENDING_FIELD, stored.pendingSecret());
        OptionalLong step = Totp.matchingStep(pending, newCode, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new Refused("secondFactor.code.wrong");
        }
        factors.confirm(account.id(), keys.encrypt(subject(account.id()), SECRET_FIELD, pending), step.getAsLong(),
                clock.instant());
        return newRecoveryCodes(account.id());
    }

    /** @throws Refused if the password or the current code is wrong */
    List<String> regenerateRecoveryCodes(String username, String password, String currentCode) {
        StaffAccount account = reauthenticatedWithFactor(username, password, currentCode);
        return newRecoveryCodes(account.id());
    }

    /** The login's second step: a current code from the app, or an unused recovery code. Each works once. */
    boolean verify(StaffAccountId account, String typed) {
        var stored = factors.find(account).filter(SecondFactorRepository.Stored::enrolled);
        if (stored.isEmpty() || typed == null) {
            return false;
        }
        Instant now = clock.instant();
        // Counted per account, across sessions and sign-ins: a stolen password buys a few guesses, not a million.
        if (factors.codeFailuresSince(account, now.minus(CODE_FAILURE_WINDOW)) >= CODE_FAILURES_PER_WINDOW) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(decrypt(account, SECRET_FIELD, stored.get().secret()), typed,
                now, stored.get().lastUsedStep());
        String recovery = normaliseRecoveryCode(typed);
        boolean right = step.isPresent() ? factors.spendStep(account, step.getAsLong())
                : recovery.length() == 16 && factors.spendRecoveryCode(account, hash(recovery), now);
        if (right) {
            factors.forgetCodeFailures(account);
        } else {
            factors.codeFailed(account, now);
        }
        return right;
    }

    /** For the password change: the current code, when the account has a factor (a recovery code does too). */
    void checkCurrentCode(StaffAccountId account, String code) {
        if (factors.enrolled(account) && !verify(account, code)) {
            throw new Refused("secondFactor.current.wrong");
        }
    }

    @Transactional(readOnly = true)
    int unusedRecoveryCodes(StaffAccountId account) {
        return factors.unusedRecoveryCodes(account);
    }

    /** Password and a current code, and a second factor there must be. */
    StaffAccount reauthenticatedWithFactor(String username, String password, String currentCode) {
        StaffAccount account = reauthenticated(username, password, currentCode);
        if (!factors.enrolled(account.id())) {
            throw new Refused("secondFactor.enrol.first");
        }
        return account;
    }

    private StaffAccount reauthenticated(String username, String password, String currentCode) {
        StaffAccount account = account(username);
        if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
            throw new Refused("password.current.wrong");
        }
        checkCurrentCode(account.id(), currentCode);
        return account;
    }

    private List<String> newRecoveryCodes(StaffAccountId account) {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 16; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        factors.replaceRecoveryCodes(account,
                codes.stream().map(SecondFactors::normaliseRecoveryCode).map(SecondFactors::hash).toList(),
                clock.instant());
        return codes;
    }

    /** The account signed in under this name; empty if there is none (a name no account has, any more). */
    Optional<StaffAccountId> accountNamed(String username) {
        return accounts.findByUsername(username).map(StaffAccount::id);
    }

    private StaffAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new Refused("password.current.wrong"));
    }

    private byte[] decrypt(StaffAccountId account, String field, byte[] ciphertext) {
        return keys.decrypt(subject(account), field, ciphertext).bytes()
                .orElseThrow(() -> new IllegalStateException("The second factor's key is gone"));
    }

    private static SubjectId subject(StaffAccountId account) {
        return new SubjectId(account.value());
    }

    static String normaliseRecoveryCode(String typed) {
        return typed.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** 80 random bits need no slow hash: SHA-256 cannot be searched back to a code. */
    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
