package dk.tillid.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dk.tillid.Browser;
import org.openqa.selenium.By;
import org.springframework.context.ApplicationContext;

/**
 * Staff accounts for tests in other packages (browser tests sign in with them). Every staff login
 * needs a second factor (T7): the accounts made here have TOTP enrolled, and {@link #code} computes
 * the code an authenticator app would show, as the person's phone would.
 */
public final class StaffFixtures {

    private static final Map<String, Enrolled> ENROLLED = new ConcurrentHashMap<>();

    private record Enrolled(byte[] secret, ApplicationContext context) {
    }

    private StaffFixtures() {
    }

    /**
     * A new account with its own password already chosen (no forced change) and a second factor
     * enrolled; returns the password.
     */
    public static String account(ApplicationContext context, String username, List<Role> roles) {
        StaffAccounts accounts = context.getBean(StaffAccounts.class);
        String oneTime = accounts.create(username, "Test " + username, EnumSet.copyOf(roles)).orElseThrow();
        String password = "pw-" + UUID.randomUUID();
        accounts.changePassword(username, oneTime, password);
        enrol(context, username, password);
        return password;
    }

    /** Enrols TOTP for an account as its owner would on the enrolment page; returns the recovery codes. */
    static List<String> enrol(ApplicationContext context, String username, String password) {
        SecondFactors secondFactors = context.getBean(SecondFactors.class);
        byte[] secret = Totp.fromBase32(secondFactors.enrolment(username).secret());
        ENROLLED.put(StaffAccount.normalise(username), new Enrolled(secret, context));
        return secondFactors.confirmEnrolment(username, password, null,
                Totp.code(secret, Totp.step(context.getBean(Clock.class).instant())));
    }

    /**
     * A code of the account's authenticator that the application will still accept: now's, or the next
     * step's if now's was used (each code works once), waiting for a new step if need be.
     */
    public static String code(String username) {
        Enrolled enrolled = ENROLLED.get(StaffAccount.normalise(username));
        if (enrolled == null) {
            throw new IllegalStateException("No second factor enrolled through StaffFixtures for this account");
        }
        Clock clock = enrolled.context().getBean(Clock.class);
        SecondFactorRepository factors = enrolled.context().getBean(SecondFactorRepository.class);
        StaffAccountId account = enrolled.context().getBean(StaffAccountRepository.class).findByUsername(username)
                .orElseThrow().id();
        for (int attempt = 0; attempt < 40; attempt++) {
            long now = Totp.step(clock.instant());
            long lastUsed = factors.find(account).orElseThrow().lastUsedStep();
            for (long step = now; step <= now + 1; step++) {
                if (step > lastUsed) {
                    return Totp.code(enrolled.secret(), step);
                }
            }
            sleep();
        }
        throw new IllegalStateException("No usable step came (is the test clock stopped?)");
    }

    /** The login's second step in a browser, when the browser is on it: types the current code. */
    public static void enterSecondFactor(Browser browser, String username) {
        if (browser.driver().getCurrentUrl().contains(SecurityConfiguration.SECOND_FACTOR_PAGE)) {
            browser.driver().findElement(By.id("code")).sendKeys(code(username));
            browser.navigating(By.cssSelector("main form[action='" + SecurityConfiguration.SECOND_FACTOR_PAGE
                    + "'] button[type=submit]"));
        }
    }

    /** A new account whose display name is a person's full name, for tests of what is shown of staff. */
    public static void accountNamed(ApplicationContext context, String username, String displayName, List<Role> roles) {
        context.getBean(StaffAccounts.class).create(username, displayName, EnumSet.copyOf(roles)).orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
