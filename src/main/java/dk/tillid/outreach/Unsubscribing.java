package dk.tillid.outreach;

import java.util.Optional;

import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an unsubscribe link does, without a sign-in: marketing, the consent is withdrawn in the
 * ledger (channel e-mail, recorded as done by the person); job alerts, they are set to never. At
 * once: the outbox asks again before each mail leaves, so nothing already queued follows.
 */
@Service
@Transactional
class Unsubscribing {

    /** How a click ended. */
    enum Outcome { DONE, NO_SUCH_PERSON }

    /** What a valid token unsubscribed from, and how it ended. */
    record Done(Topic topic, Outcome outcome) {
    }

    private final UnsubscribeLinks links;
    private final ConsentLedger consents;
    private final MailPreferences preferences;
    private final Persons persons;
    private final AuditTrail audit;

    Unsubscribing(UnsubscribeLinks links, ConsentLedger consents, MailPreferences preferences, Persons persons,
                  AuditTrail audit) {
        this.links = links;
        this.consents = consents;
        this.preferences = preferences;
        this.persons = persons;
        this.audit = audit;
    }

    /** What the token unsubscribes from; empty if it is not one of ours, unchanged. */
    @Transactional(readOnly = true)
    Optional<Topic> topicOf(String token) {
        return links.read(token).map(UnsubscribeLinks.Link::topic);
    }

    /** Empty if the token is forged or altered: then nothing changes. */
    Optional<Done> unsubscribe(String token) {
        return links.read(token).map(link -> {
            if (!persons.exists(link.person())) {
                return new Done(link.topic(), Outcome.NO_SUCH_PERSON);
            }
            audit.actingAs(Actor.person(link.person().value().toString()), () -> {
                switch (link.topic()) {
                    case MARKETING -> consents.withdraw(link.person().subject(), PurposeId.MARKETING, null, ConsentChannel.EMAIL);
                    case JOB_ALERTS -> preferences.chooseFrequency(link.person(), MailPreferences.Frequency.NEVER);
                }
                return null;
            });
            return new Done(link.topic(), Outcome.DONE);
        });
    }
}
