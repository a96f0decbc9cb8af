package dk.tillid.rights;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dk.tillid.person.PersonId;
import dk.tillid.outreach.Suppressions;
import dk.tillid.person.Persons;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentEvent;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's choices that came by e-mail or letter, applied by the DPO: an objection (Art. 21) to
 * direct marketing stops it, absolutely; one to being matched and offered jobs on the agency's
 * legitimate interest, upheld, takes them out of matching at once (rejecting it needs compelling
 * grounds, given through the request's refusal); a withdrawal of consent (Art. 7(3)); unregistering
 * (P-OPT-1). Each is recorded in the ledger it belongs to with the channel the request came by.
 */
@Service
@Transactional
class Choices {

    static final PurposeId PURPOSE = PurposeId.DATA_SUBJECT_RIGHTS;

    /** A consent that stands, as the DPO's page lists it. */
    record StandingConsent(String purpose, String category, String purposeName, String categoryName) {

        public String key() {
            return purpose + "|" + Objects.toString(category, "");
        }
    }

    private final SubjectRequests requests;
    private final ConsentLedger consents;
    private final Persons persons;
    private final RequestSteps steps;
    private final Policy policy;
    private final Suppressions suppressions;

    Choices(SubjectRequests requests, ConsentLedger consents, Persons persons, RequestSteps steps, Policy policy,
            Suppressions suppressions) {
        this.suppressions = suppressions;
        this.requests = requests;
        this.consents = consents;
        this.persons = persons;
        this.steps = steps;
        this.policy = policy;
    }

    /**
     * Objection to direct marketing: absolute (Art. 21(3)); the marketing consent is withdrawn, if one
     * stands, and the person goes on the suppression list, which no later consent overrides.
     */
    void stopMarketing(RequestId id) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.OBJECTION);
        suppressions.object(person(request), channel(request));
        steps.record(request, RequestStep.consent(id, RequestStep.Kind.MARKETING_STOPPED, PurposeId.MARKETING.value(), null));
    }

    /** Objection to matching and job offers (legitimate interest) upheld: out of matching and offers at once. */
    void takeOutOfMatching(RequestId id) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.OBJECTION);
        persons.unregister(person(request), PURPOSE);
        steps.record(request, RequestStep.of(id, RequestStep.Kind.OUT_OF_MATCHING));
    }

    /** Withdraws the consents the person named ({@code purpose|category} keys of standing ones). */
    void withdraw(RequestId id, List<String> keys) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.CONSENT_WITHDRAWAL);
        if (keys == null || keys.isEmpty()) {
            throw new RightsRefusal("rights.consent.none", "Choose the consents the person withdraws");
        }
        List<StandingConsent> standing = standing(request, Locale.ENGLISH);
        for (String key : keys.stream().distinct().toList()) {
            StandingConsent consent = standing.stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                    .orElseThrow(() -> new RightsRefusal("rights.consent.notStanding", "That consent does not stand"));
            consents.withdraw(request.subject(), new PurposeId(consent.purpose()), consent.category(), channel(request));
            steps.record(request, RequestStep.consent(id, RequestStep.Kind.CONSENT_WITHDRAWN, consent.purpose(),
                    consent.category()));
        }
    }

    /** P-OPT-1: no more contact or job offers, out of matching at once. */
    void unregister(RequestId id) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.UNREGISTERING);
        persons.unregister(person(request), PURPOSE);
        steps.record(request, RequestStep.of(id, RequestStep.Kind.UNREGISTERED));
    }

    @Transactional(readOnly = true)
    List<StandingConsent> standing(SubjectRequest request, Locale locale) {
        return consents.current(request.subject()).stream().filter(event -> event.kind() == ConsentEvent.Kind.GIVEN)
                .map(event -> new StandingConsent(event.purpose(), event.category(),
                        policy.purpose(event.purpose()).name().in(locale),
                        event.category() == null ? null : policy.category(event.category()).name().in(locale)))
                .toList();
    }

    @Transactional(readOnly = true)
    boolean marketingConsentStands(SubjectRequest request) {
        return consents.isGiven(request.subject(), PurposeId.MARKETING, null);
    }

    /** Whether the person has unregistered (or was taken out of matching); false if there is no such person. */
    @Transactional(readOnly = true)
    boolean unregistered(SubjectRequest request) {
        return persons.find(person(request), PURPOSE).map(dk.tillid.person.Person::isUnregistered).orElse(false);
    }

    /** The ledger records where a withdrawal came from: the request's own channel. */
    static ConsentChannel channel(SubjectRequest request) {
        return switch (request.channel()) {
            case PORTAL -> ConsentChannel.PORTAL;
            case EMAIL -> ConsentChannel.EMAIL;
            case LETTER -> ConsentChannel.LETTER;
        };
    }

    private static PersonId person(SubjectRequest request) {
        return new PersonId(request.subject().value());
    }
}
