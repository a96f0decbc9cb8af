package dk.tillid.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/** Staff accounts for tests in other packages (browser tests sign in with them). */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    /** A new account with its own password already chosen (no forced change); returns the password. */
    public static String account(ApplicationContext context, String username, List<Role> roles) {
        StaffAccounts accounts = context.getBean(StaffAccounts.class);
        String oneTime = accounts.create(username, "Test " + username, EnumSet.copyOf(roles)).orElseThrow();
        String password = "pw-" + UUID.randomUUID();
        accounts.changePassword(username, oneTime, password);
        return password;
    }

    /** A new account whose display name is a person's full name, for tests of what is shown of staff. */
    public static void accountNamed(ApplicationContext context, String username, String displayName, List<Role> roles) {
        context.getBean(StaffAccounts.class).create(username, displayName, EnumSet.copyOf(roles)).orElseThrow();
    }
}
