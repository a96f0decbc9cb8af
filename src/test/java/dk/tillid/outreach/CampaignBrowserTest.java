package dk.tillid.outreach;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.Browser;
import dk.tillid.BrowserTest;
import dk.tillid.identity.Role;
import dk.tillid.identity.StaffFixtures;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign to a town of 150 opted-in people, as a recruiter sends it in Chromium: the preview counts
 * them, "Send nu" starts the sending, and the progress page follows it by reloading itself until it
 * says "Sendt". GreenMail must then hold one mail for each of them, and none for the people of the
 * town who never opted in or took it back, nor for opted-in people of the town next door.
 */
@BrowserTest
class CampaignBrowserTest {

    static final int OPTED_IN = 150;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Test
    void aRecruiterSendsACampaignToATownAndFollowsItUntilEveryMailIsSent() throws Exception {
        String tag = OutreachPeople.letters();
        String town = "Kampagneby " + tag;
        GeneratedAudience audience = new GeneratedAudience(jdbc, town, tag);
        audience.optedIn("ja", OPTED_IN);
        audience.withoutConsent("nej", 4);
        audience.withdrawn("fortrudt", 3);
        audience.optedInElsewhere("nabo", 3, town + " Syd");
        String recruiter = "kampagne-" + tag;
        String password = StaffFixtures.account(context, recruiter, List.of(Role.RECRUITER));

        List<CampaignPages.Seen> seen = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            CampaignPages.signIn(browser, recruiter, password);
            UUID id = CampaignPages.create(browser, "Nyhedsbrev " + tag, town);
            assertThat(CampaignPages.previewCount(browser)).isEqualTo(OPTED_IN + " personer ville modtage den nu.");

            CampaignPages.send(browser);
            browser.driver().manage().timeouts().implicitlyWait(Duration.ZERO);
            // Only looks: every new state has to come from the page reloading itself.
            long deadline = System.nanoTime() + Duration.ofSeconds(25).toNanos();
            while (seen.isEmpty() || !CampaignPages.SENT.equals(seen.get(seen.size() - 1).status())) {
                assertThat(System.nanoTime()).as("the page said \"Sendt\" within 25 s; it showed %s", seen).isLessThan(deadline);
                CampaignPages.read(browser).ifPresent(seen::add);
                Thread.sleep(100);
            }
            assertThat(browser.driver().getCurrentUrl()).endsWith("/campaigns/" + id);

            browser.go("/campaigns");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("main tbody tr")).stream()
                    .map(org.openqa.selenium.WebElement::getText).filter(row -> row.contains("Nyhedsbrev " + tag)).toList())
                    .as("the list shows the campaign as sent").singleElement().asString().contains("Sendt");
        }

        CampaignPages.Seen last = seen.get(seen.size() - 1);
        System.out.printf("Progress page: %d loads seen, %d of them while sending%n", seen.stream().map(CampaignPages.Seen::load).distinct().count(),
                seen.stream().filter(page -> CampaignPages.SENDING.equals(page.status())).map(CampaignPages.Seen::load).distinct().count());
        assertThat(last.count(CampaignRepository.RecipientStatus.SENT)).isEqualTo(OPTED_IN);
        assertThat(last.counts()).as("nobody outside the standing opt-ins is even recorded, nothing waits or failed")
                .containsOnly(Map.entry("SENT", OPTED_IN), Map.entry("QUEUED", 0), Map.entry("FAILED", 0),
                        Map.entry("HELD", 0), Map.entry("SUPPRESSED", 0));
        assertThat(last.percent()).isEqualTo(100);
        assertThat(last.text()).isEqualTo(OPTED_IN + " af " + OPTED_IN + " e-mails afgjort (100 %).");
        // Seen while sending (as a rule it is: 150 mails take longer than the first load), the page shows
        // part of the same recipients, never anyone more.
        for (CampaignPages.Seen sending : seen.stream().filter(page -> CampaignPages.SENDING.equals(page.status())).toList()) {
            assertThat(sending.counts().values().stream().mapToInt(Integer::intValue).sum()).isBetween(0, OPTED_IN);
            assertThat(sending.count(CampaignRepository.RecipientStatus.SUPPRESSED) + sending.count(CampaignRepository.RecipientStatus.FAILED))
                    .isZero();
        }
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).settled()).as("progress never goes back").isGreaterThanOrEqualTo(seen.get(i - 1).settled());
        }

        Map<String, Integer> received = mailsTo(tag);
        for (int i = 1; i <= OPTED_IN; i++) {
            assertThat(received.get(audience.address("ja", i))).as("mails to opted-in person %d", i).isEqualTo(1);
        }
        assertThat(received).as("nothing to those without a standing opt-in, nor to the next town").hasSize(OPTED_IN);
    }

    /** The mails GreenMail received for this test's generated addresses, counted per address. */
    private Map<String, Integer> mailsTo(String tag) throws Exception {
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String to = Optional.ofNullable(message.getAllRecipients()).map(all -> all[0].toString()).orElse("");
            if (to.endsWith("-" + tag + "@example.dk")) {
                received.merge(to, 1, Integer::sum);
            }
        }
        return received;
    }
}
