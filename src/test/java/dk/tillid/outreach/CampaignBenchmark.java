package dk.tillid.outreach;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.Browser;
import dk.tillid.BrowserTest;
import dk.tillid.bench.BenchmarkTable;
import dk.tillid.identity.Role;
import dk.tillid.identity.StaffFixtures;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentLedger;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign to {@code bench.scale} opted-in people of one town (default 10,000), sent and followed
 * by a recruiter in Chromium as in {@link CampaignBrowserTest}: the progress the page showed every
 * few seconds, how long finding the recipients took (the fan-out), how long until every mail was
 * settled, mails per second, and whether GreenMail received one mail each. Then GreenMail alone,
 * fed the same way (one SMTP connection per mail) and over one connection, to tell its share of the
 * time from the outbox's. The bulk rate is lifted for this class only (its own application context):
 * at the default 600 a minute, 10,000 mails take 17 minutes by design. Run with
 * {@code ./mvnw -o -Pbench verify -Dtest=CampaignBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@BrowserTest
@TestPropertySource(properties = "tillid.notification.bulk-per-minute=1000000")
class CampaignBenchmark {

    static final Duration PRINT_EVERY = Duration.ofSeconds(3);
    static final int SMTP_SAMPLE = 1000;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    ConsentLedger consents;

    @Test
    void aCampaignToATownOfTenThousand() throws Exception {
        int scale = BenchmarkTable.scale(10_000);
        Duration limit = Duration.ofMinutes(Long.getLong("bench.minutes", 30));
        String tag = OutreachPeople.letters();
        String town = "Benchby " + tag;
        GeneratedAudience audience = new GeneratedAudience(jdbc, town, tag);
        long generating = System.nanoTime();
        audience.optedIn("k", scale);
        jdbc.sql("ANALYZE person").update();
        jdbc.sql("ANALYZE consent_event").update();
        double generated = seconds(generating);
        System.out.printf(Locale.ROOT, "%nGenerated %d opted-in people in %s in %.1f s%n", scale, town, generated);
        String recruiter = "bench-" + tag;
        String password = StaffFixtures.account(context, recruiter, List.of(Role.RECRUITER));

        List<CampaignPages.Seen> loads = new ArrayList<>();
        double previewSeconds;
        double previewServer;
        String previewText;
        long started;
        double fanOut = -1;
        double settled = -1;
        double pageSaidSent = -1;
        UUID id;
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            browser.driver().manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
            CampaignPages.signIn(browser, recruiter, password);
            long creating = System.nanoTime();
            id = CampaignPages.create(browser, "Bench " + tag, town);
            previewSeconds = seconds(creating);
            previewServer = CampaignPages.serverMillis(browser);
            previewText = CampaignPages.previewCount(browser);
            System.out.printf(Locale.ROOT, "Campaign written in %.1f s; its page with the preview (\"%s\") took the server %.0f ms%n",
                    previewSeconds, previewText, previewServer);

            started = System.nanoTime();
            CampaignPages.send(browser);
            System.out.printf(Locale.ROOT, "\"Send nu\" answered in %.1f s; following the page (it reloads itself every %d s):%n",
                    seconds(started), CampaignController.REFRESH_SECONDS);
            browser.driver().manage().timeouts().implicitlyWait(Duration.ZERO);
            long nextPrint = 0;
            String lastLoad = "";
            while (true) {
                long now = System.nanoTime();
                assertThat(now - started).as("sent within %s", limit).isLessThan(limit.toNanos());
                var page = CampaignPages.read(browser);
                if (page.isPresent() && !page.get().load().equals(lastLoad)) {
                    loads.add(page.get());
                    lastLoad = page.get().load();
                }
                Db db = db(id);
                if (fanOut < 0 && db.fanOutDone()) {
                    fanOut = seconds(started);
                }
                if (settled < 0 && db.fanOutDone() && db.queued() == 0) {
                    settled = seconds(started);
                }
                if (page.isPresent() && CampaignPages.SENT.equals(page.get().status())) {
                    pageSaidSent = seconds(started);
                    print(started, page.get(), db);
                    break;
                }
                if (now >= nextPrint && page.isPresent()) {
                    print(started, page.get(), db);
                    nextPrint = now + PRINT_EVERY.toNanos();
                }
                Thread.sleep(250);
            }
        }

        long counting = System.nanoTime();
        int received = receivedFor(tag);
        double countingSeconds = seconds(counting);
        Map<String, Integer> counts = db(id).counts();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("people (opted in, in the town)", String.valueOf(scale)));
        rows.add(row("generating them with SQL", format(generated) + " s"));
        rows.add(row("writing the campaign in the browser, to its page", format(previewSeconds) + " s"));
        rows.add(row("campaign page with the preview, server time", format(previewServer) + " ms"));
        rows.add(row("fan-out: all recipients found and queued", format(fanOut) + " s"));
        rows.add(row("fan-out rate", format(scale / fanOut) + " people/s"));
        rows.add(row("every mail settled (none QUEUED)", format(settled) + " s"));
        rows.add(row("page said \"Sendt\"", format(pageSaidSent) + " s"));
        rows.add(row("mails per second (send to settled)", format(counts.getOrDefault("SENT", 0) / settled)));
        rows.add(row("recipient records", counts.toString()));
        rows.add(row("GreenMail received for this town", received + (received == scale ? " (all)" : " (NOT all)")));
        rows.add(row("reading them back from GreenMail", format(countingSeconds * 1000) + " ms"));
        rows.add(row("progress page loads seen", String.valueOf(loads.size())));
        rows.add(row("progress page, server time, median / max",
                format(median(loads)) + " / " + format(loads.stream().mapToDouble(CampaignPages.Seen::serverMillis).max().orElse(-1))
                        + " ms"));
        BenchmarkTable.print("Campaign to " + scale + " people, sent and followed in Chromium", new String[] {"what", "figure"}, rows);

        ledgerPages();
        smtpAlone();
        assertThat(received).as("GreenMail received one mail per opted-in person").isEqualTo(scale);
        assertThat(counts).containsEntry("SENT", scale);
    }

    /**
     * The consent ledger read a page at a time, as the preview and the fan-out read it (every
     * consenting person, whatever the audience): whether a page costs the same at the start and the
     * end of the ledger, or what is left of it.
     */
    private void ledgerPages() {
        List<Double> millis = new ArrayList<>();
        SubjectId after = null;
        List<SubjectId> page;
        do {
            long start = System.nanoTime();
            page = consents.standingFor(PurposeId.MARKETING, after, AudienceQuery.PAGE);
            millis.add((System.nanoTime() - start) / 1e6);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == AudienceQuery.PAGE);
        List<String[]> rows = new ArrayList<>();
        rows.add(row("pages of " + AudienceQuery.PAGE, String.valueOf(millis.size())));
        rows.add(row("first page", format(millis.get(0)) + " ms"));
        rows.add(row("page in the middle", format(millis.get(millis.size() / 2)) + " ms"));
        rows.add(row("last page", format(millis.get(millis.size() - 1)) + " ms"));
        rows.add(row("all pages", format(millis.stream().mapToDouble(Double::doubleValue).sum()) + " ms"));
        BenchmarkTable.print("The consent ledger's standing marketing consents, page by page", new String[] {"what", "figure"}, rows);
    }

    /** GreenMail fed without the outbox: one connection per mail (as the outbox sends) and all over one. */
    private void smtpAlone() throws Exception {
        List<String[]> rows = new ArrayList<>();
        String tag = OutreachPeople.letters();
        long each = System.nanoTime();
        for (int i = 0; i < SMTP_SAMPLE; i++) {
            mailSender.send(message("a" + i + "-" + tag + "@example.dk"));
        }
        double eachSeconds = seconds(each);
        rows.add(row("one connection per mail (JavaMailSender.send(one))", format(SMTP_SAMPLE / eachSeconds)));
        MimeMessage[] batch = new MimeMessage[SMTP_SAMPLE];
        for (int i = 0; i < SMTP_SAMPLE; i++) {
            batch[i] = message("b" + i + "-" + tag + "@example.dk");
        }
        long together = System.nanoTime();
        mailSender.send(batch);
        double togetherSeconds = seconds(together);
        rows.add(row("one connection for all (JavaMailSender.send(all))", format(SMTP_SAMPLE / togetherSeconds)));
        BenchmarkTable.print("GreenMail alone, " + SMTP_SAMPLE + " mails each way, mails per second", new String[] {"how", "mails/s"},
                rows);
        assertThat(receivedFor(tag)).isEqualTo(2 * SMTP_SAMPLE);
    }

    private MimeMessage message(String to) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("bench@example.dk");
        helper.setTo(to);
        helper.setSubject("Nyt fra os");
        helper.setText("Kære læser\n\nHer er vores nyheder.\n\n--\nAfmeld med ét klik: http://localhost/unsubscribe/x", false);
        return message;
    }

    /** Where the campaign stands in the database: whether all recipients are found, and the count per status. */
    private record Db(boolean fanOutDone, Map<String, Integer> counts) {

        int queued() {
            return counts.getOrDefault("QUEUED", 0);
        }
    }

    private Db db(UUID id) {
        boolean done = jdbc.sql("SELECT fanout_done FROM campaign WHERE id = :id").param("id", id).query(Boolean.class).single();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT status, count(*) FROM campaign_recipient WHERE campaign_id = :id GROUP BY status").param("id", id)
                .query((row, n) -> counts.put(row.getString(1), row.getInt(2))).list();
        return new Db(done, counts);
    }

    private int receivedFor(String tag) throws Exception {
        int received = 0;
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            var recipients = message.getAllRecipients();
            if (recipients != null && recipients[0].toString().endsWith("-" + tag + "@example.dk")) {
                received++;
            }
        }
        return received;
    }

    private static void print(long started, CampaignPages.Seen page, Db db) {
        System.out.printf(Locale.ROOT, "%7.1f s  page: %-6s %3d %%  %-50s  (database: %s, %s)%n", seconds(started),
                page.status(), page.percent(), page.counts(), db.fanOutDone() ? "all found" : "still finding", db.counts());
    }

    private static double median(List<CampaignPages.Seen> loads) {
        double[] times = loads.stream().mapToDouble(CampaignPages.Seen::serverMillis).sorted().toArray();
        return times.length == 0 ? -1 : times[times.length / 2];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String[] row(String what, String figure) {
        return new String[] {what, figure};
    }
}
