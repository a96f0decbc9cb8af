package dk.tillid.outreach;

import java.util.List;
import java.util.Locale;

import dk.tillid.client.JobOrder;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Job alerts as mail: one job as it opens, or a digest of the new jobs. Plain text, no name, no
 * client (clients often do not want it known that they hire); each ends with why it comes, how often,
 * where to change that and a one-click way to stop alerts.
 */
@Component
class AlertMail {

    static final String KIND = "JOB_ALERT";
    static final String DIGEST_KIND = "JOB_ALERT_DIGEST";
    /** Jobs listed in a digest; more are counted and found on the jobs page. */
    static final int DIGEST_LIMIT = 20;

    private final MessageSource messages;
    private final Policy policy;
    private final UnsubscribeLinks links;

    AlertMail(MessageSource messages, Policy policy, UnsubscribeLinks links) {
        this.messages = messages;
        this.policy = policy;
        this.links = links;
    }

    BulkMail one(PersonId person, String address, JobOrder job, MailPreferences.Frequency frequency, Locale language) {
        String unsubscribe = links.url(person, Topic.JOB_ALERTS);
        String text = messages.getMessage("outreach.alert.one.text", new Object[] {policy.controller().name(),
                describe(job, language), links.page("/jobs")}, language);
        return new BulkMail(new OutgoingEmail(person.subject(), KIND, address,
                messages.getMessage("outreach.alert.one.subject", new Object[] {job.title()}, language),
                text + "\n\n" + footer(unsubscribe, frequency, language)), unsubscribe);
    }

    BulkMail digest(PersonId person, String address, List<JobOrder> jobs, MailPreferences.Frequency frequency,
                    Locale language) {
        String unsubscribe = links.url(person, Topic.JOB_ALERTS);
        StringBuilder text = new StringBuilder(messages.getMessage("outreach.alert.digest.intro",
                new Object[] {policy.controller().name(), jobs.size()}, language)).append("\n\n");
        jobs.stream().limit(DIGEST_LIMIT).forEach(job -> text.append(describe(job, language)).append("\n\n"));
        if (jobs.size() > DIGEST_LIMIT) {
            text.append(messages.getMessage("outreach.alert.digest.more", new Object[] {jobs.size() - DIGEST_LIMIT},
                    language)).append("\n\n");
        }
        text.append(messages.getMessage("outreach.alert.digest.all", new Object[] {links.page("/jobs")}, language));
        return new BulkMail(new OutgoingEmail(person.subject(), DIGEST_KIND, address,
                messages.getMessage("outreach.alert.digest.subject", new Object[] {jobs.size()}, language),
                text + "\n\n" + footer(unsubscribe, frequency, language)), unsubscribe);
    }

    private String describe(JobOrder job, Locale language) {
        String where = job.city() == null ? "" : job.city();
        String kind = messages.getMessage("outreach.alert.kind." + job.kind().name(), null, language);
        String start = job.start() == null ? "" : AgencyTime.DATE.format(job.start());
        return messages.getMessage("outreach.alert.job", new Object[] {job.title(), where, kind, start}, language)
                .replace("  ", " ").strip();
    }

    private String footer(String unsubscribe, MailPreferences.Frequency frequency, Locale language) {
        return messages.getMessage("outreach.alert.footer", new Object[] {policy.controller().name(),
                messages.getMessage("outreach.frequency." + frequency.name(), null, language),
                links.page("/portal/mail"), unsubscribe}, language);
    }
}
