package dk.tillid.outreach;

import java.util.Optional;

import dk.tillid.notification.SendingCheck;
import dk.tillid.person.PersonId;
import org.springframework.stereotype.Component;

/**
 * The last look before a job alert or campaign mail leaves the outbox: consent, objection,
 * unregistering, restriction, the alert choice and the address are read again now, so a change
 * between choosing the recipients and sending stops the mail. A stopped campaign stops what has not left.
 */
@Component
class OutreachCheck implements SendingCheck {

    private final Reach reach;
    private final CampaignRepository campaigns;

    OutreachCheck(Reach reach, CampaignRepository campaigns) {
        this.reach = reach;
        this.campaigns = campaigns;
    }

    @Override
    public Optional<String> refusal(Leaving mail) {
        if (mail.about() == null) {
            return Optional.empty();
        }
        PersonId person = new PersonId(mail.about().value());
        return switch (mail.kind()) {
            case CampaignMail.KIND -> campaigns.statusOfMail(mail.id())
                    .filter(status -> status == Campaign.Status.CANCELLED).map(status -> "CAMPAIGN_STOPPED")
                    .or(() -> reach.marketingRefusal(person, mail.to()));
            case AlertMail.KIND, AlertMail.DIGEST_KIND -> reach.alertRefusal(person, mail.to());
            default -> Optional.empty();
        };
    }
}
