package dk.tillid.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import dk.tillid.platform.OneTimeTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code per-account} failed logins for one user name, or
 * {@code per-network} from one network, within the window, further attempts are refused without
 * the password being checked until the oldest failure leaves the window. Counted in the database,
 * so every instance sees the same count. The name tried is counted whether or not it is an account,
 * so the refusal says nothing about which names exist.
 */
@Component
@Transactional
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perNetwork;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${tillid.login.throttle-window:15m}") Duration window,
                  @Value("${tillid.login.failures-per-account:5}") int perAccount,
                  @Value("${tillid.login.failures-per-network:20}") int perNetwork) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perNetwork = perNetwork;
    }

    /** How long until this name may be tried again from this network; empty if it may now. */
    @Transactional(readOnly = true)
    Optional<Duration> waitBefore(String username, String network) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        // A name is held back on the network its failures came from, not everywhere: otherwise anyone
        // could keep any staff member out with five wrong passwords every fifteen minutes.
        Optional<Instant> account = oldestBlocking("account_hash = :key AND network = :network",
                accountHash(username), String.valueOf(network), perAccount, since);
        Optional<Instant> fromNetwork = oldestBlocking("network = :network", null, String.valueOf(network), perNetwork, since);
        return java.util.stream.Stream.of(account, fromNetwork).flatMap(Optional::stream)
                .max(java.util.Comparator.naturalOrder())
                .map(blocking -> Duration.between(now, blocking.plus(window)));
    }

    void failed(String username, String network) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM login_failure WHERE failed_at <= :since")
                .param("since", Timestamp.from(now.minus(window))).update();
        jdbc.sql("INSERT INTO login_failure (account_hash, network, failed_at) VALUES (:account, :network, :now)")
                .param("account", accountHash(username)).param("network", String.valueOf(network))
                .param("now", Timestamp.from(now)).update();
    }

    /**
     * A right password clears the name's failures from that network (other networks' stay, and the
     * network's own count: it may be guessing other names).
     */
    void succeeded(String username, String network) {
        jdbc.sql("DELETE FROM login_failure WHERE account_hash = :account AND network = :network")
                .param("account", accountHash(username)).param("network", String.valueOf(network)).update();
    }

    /** For tests: a clean slate. */
    void forgetAll() {
        jdbc.sql("DELETE FROM login_failure").update();
    }

    /**
     * When the failure that keeps the limit reached falls out of the window: with {@code max} allowed,
     * the max-th newest one. Empty if fewer than {@code max} failed within the window.
     */
    private Optional<Instant> oldestBlocking(String condition, String key, String network, int max, Instant since) {
        return jdbc.sql("SELECT failed_at FROM login_failure WHERE " + condition + " AND failed_at > :since"
                        + " ORDER BY failed_at DESC OFFSET :skip LIMIT 1")
                .param("key", key).param("network", network).param("since", Timestamp.from(since)).param("skip", max - 1)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static String accountHash(String username) {
        String name = username == null ? "" : StaffAccount.normalise(username);
        return HexFormat.of().formatHex(OneTimeTokens.hash(name));
    }
}
