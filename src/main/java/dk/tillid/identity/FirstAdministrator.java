package dk.tillid.identity;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates the administrator and prints its one-time
 * password to the console. It goes to standard output only, never through the logging system, so
 * no log file of Tillid's keeps it. A service manager may keep standard output, though, so the
 * password must be changed at the first login and expires unused after 24 hours; a restart then
 * prints a new one.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private final StaffAccounts accounts;
    private final PrintStream console;

    @Autowired
    FirstAdministrator(StaffAccounts accounts) {
        this(accounts, System.out);
    }

    FirstAdministrator(StaffAccounts accounts, PrintStream console) {
        this.accounts = accounts;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureAdministratorCanSignIn().ifPresent(password -> console.printf("""

                ==========================================================================
                  Tillid: the administrator account can sign in with
                    user name:          %s
                    one-time password:  %s
                  It is shown only this once and expires in 24 hours (a restart then
                  prints a new one). Sign in now and choose your own password.
                ==========================================================================

                """, StaffAccounts.FIRST_ADMINISTRATOR, password));
    }
}
