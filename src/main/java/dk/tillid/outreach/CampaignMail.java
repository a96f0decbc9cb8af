package dk.tillid.outreach;

import java.util.Locale;

import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.policy.Policy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A campaign's mail to one person: plain text in their language, ending with why they receive it,
 * the one-click unsubscribe link and where to change their choices. No pixel, no tracked link: the
 * only address in it that knows the recipient is the unsubscribe link.
 */
@Component
class CampaignMail {

    static final String KIND = "CAMPAIGN";

    private final MessageSource messages;
    private final Policy policy;
    private final UnsubscribeLinks links;

    CampaignMail(MessageSource messages, Policy policy, UnsubscribeLinks links) {
        this.messages = messages;
        this.policy = policy;
        this.links = links;
    }

    BulkMail to(PersonId person, String address, Campaign.Texts texts, Locale language) {
        String unsubscribe = links.url(person, Topic.MARKETING);
        String footer = messages.getMessage("outreach.campaign.footer", new Object[] {policy.controller().name(),
                unsubscribe, links.page("/portal/mail")}, language);
        return new BulkMail(new OutgoingEmail(person.subject(), KIND, address, texts.subject(language),
                texts.text(language) + "\n\n" + footer), unsubscribe);
    }
}
