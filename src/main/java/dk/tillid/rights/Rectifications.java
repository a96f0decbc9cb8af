package dk.tillid.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.tillid.client.BusinessContact;
import dk.tillid.client.Clients;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 16 and 19 on a request: once the data is corrected (by staff on their pages, or by the person
 * in the portal), the DPO records which categories were corrected, and passes the correction on to
 * every recipient that received the old data — a client by e-mail to a contact there, anyone else
 * outside Tillid, recorded. Each pass-on is itself a disclosure (it names the person) and goes
 * through the ledger.
 */
@Service
@Transactional
public class Rectifications {

    static final PurposeId PURPOSE = PurposeId.DATA_SUBJECT_RIGHTS;
    /** The relationship facts (the request itself, contacts) are not what a rectification corrects. */
    static final String RELATIONSHIP = "P-DATA-REL";
    /** A pass-on names the person, nothing else of theirs. */
    static final String IDENTITY = Persons.IDENTITY;
    static final String CLIENTS = "P-REC-1";
    static final int MAX_NOTE = 500;
    private static final int CHANGES_LOOKED_AT = 500;

    /** A correction passed on, as the person sees it: to whom (the company), which kinds of data, when. */
    public record PassedOn(RequestId request, String recipientName, List<String> categories, Instant at) {
    }

    private final SubjectRequests requests;
    private final RequestSteps steps;
    private final AuditTrail audit;
    private final Disclosures disclosures;
    private final Clients clients;
    private final Persons persons;
    private final Policy policy;

    Rectifications(SubjectRequests requests, RequestSteps steps, AuditTrail audit, Disclosures disclosures, Clients clients,
                   Persons persons, Policy policy) {
        this.requests = requests;
        this.steps = steps;
        this.audit = audit;
        this.disclosures = disclosures;
        this.clients = clients;
        this.persons = persons;
        this.policy = policy;
    }

    /** The person's corrections passed on, for their own page (Art. 19: they may ask to whom). */
    @Transactional(readOnly = true)
    public List<PassedOn> passedOn(SubjectId subject) {
        return steps.of(subject).stream().filter(step -> step.kind() == RequestStep.Kind.PASSED_ON)
                .map(step -> new PassedOn(step.request(), step.recipientName(), step.categories(), step.takenAt())).toList();
    }

    /**
     * The categories of the person's data changed since the request arrived, each with its last
     * change, from the audit trail (which holds who and when, never the values).
     */
    @Transactional(readOnly = true)
    Map<String, Instant> changedSince(SubjectRequest request) {
        Instant from = request.receivedOn().atStartOfDay(AgencyTime.ZONE).toInstant();
        Map<String, Instant> changed = new TreeMap<>();
        audit.changesOf(request.subject(), CHANGES_LOOKED_AT).stream()
                .filter(change -> !change.at().isBefore(from))
                .filter(change -> change.action() == AuditAction.CREATE || change.action() == AuditAction.UPDATE
                        || change.action() == AuditAction.DELETE)
                .forEach(change -> change.categories().stream().filter(category -> !RELATIONSHIP.equals(category))
                        .forEach(category -> changed.merge(category, change.at(), (a, b) -> a.isAfter(b) ? a : b)));
        return changed;
    }

    /** Records the categories as corrected, as of their last change: disclosures before it carried the old data. */
    void recordCorrected(RequestId id, List<String> categories) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.RECTIFICATION);
        if (categories == null || categories.isEmpty()) {
            throw new RightsRefusal("rights.correction.none", "Choose the kinds of data that were corrected");
        }
        Map<String, Instant> changed = changedSince(request);
        for (String category : categories) {
            if (!changed.containsKey(category)) {
                throw new RightsRefusal("rights.correction.notChanged", "That kind of data has not been changed since the request");
            }
        }
        categories.stream().distinct().forEach(category ->
                steps.recordCorrection(request, RequestStep.corrected(id, category, changed.get(category))));
    }

    /** Every recipient of old data, and whether it has been told. */
    @Transactional(readOnly = true)
    List<OldDataRecipient> recipients(SubjectRequest request) {
        return OldDataRecipients.of(disclosures.of(request.subject()), steps.of(request));
    }

    /** The active contacts at a client company that received old data: whom the correction can be mailed to. */
    @Transactional(readOnly = true)
    List<BusinessContact> contactsAt(OldDataRecipient recipient) {
        return CLIENTS.equals(recipient.recipient()) ? clients.activeContactsAt(recipient.recipientName(), PURPOSE) : List.of();
    }

    /** Mails the correction to a contact at the client, through the ledger, and records it. */
    void passOnByMail(RequestId id, String recipient, String recipientName, PersonId contact) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.RECTIFICATION);
        OldDataRecipient to = untold(request, recipient, recipientName);
        if (!CLIENTS.equals(to.recipient()) || contact == null) {
            throw new RightsRefusal("rights.passOn.contact", "Choose a contact at the client");
        }
        BusinessContact at = contactsAt(to).stream().filter(candidate -> candidate.person().equals(contact)).findFirst()
                .orElseThrow(() -> new RightsRefusal("rights.passOn.contact", "Choose a contact at the client"));
        String name = persons.get(new PersonId(request.subject().value()), PURPOSE).name().fullName();
        disclose(to, request, PassOnText.payload(policy, name, to), clients.mailTo(at.person(), PURPOSE));
        steps.record(request, RequestStep.passedOn(id, to.recipient(), to.recipientName(), to.categories(),
                RequestStep.Channel.EMAIL, null));
    }

    /** Records that the DPO told the recipient outside Tillid (a letter, a call), and how. */
    void passOnOtherwise(RequestId id, String recipient, String recipientName, String note) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.RECTIFICATION);
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw new RightsRefusal("rights.passOn.note", "Say how the recipient was told (up to 500 characters)");
        }
        OldDataRecipient to = untold(request, recipient, recipientName);
        disclose(to, request, PassOnText.note(note.strip()), new ToldOutsideTillid());
        steps.record(request, RequestStep.passedOn(id, to.recipient(), to.recipientName(), to.categories(),
                RequestStep.Channel.OTHER, note.strip()));
    }

    private OldDataRecipient untold(SubjectRequest request, String recipient, String recipientName) {
        OldDataRecipient to = recipients(request).stream().filter(candidate -> candidate.is(recipient, recipientName))
                .findFirst().orElseThrow(() -> new RightsRefusal("rights.passOn.unknownRecipient",
                        "That recipient did not receive the old data"));
        if (to.told()) {
            throw new RightsRefusal("rights.passOn.already", "That recipient has been told already");
        }
        return to;
    }

    /** Same recipient, purpose and legal basis as the data it corrects; only the person's name leaves. */
    private void disclose(OldDataRecipient to, SubjectRequest request, dk.tillid.privacy.disclosure.DisclosureChannel.Payload payload,
                          dk.tillid.privacy.disclosure.DisclosureChannel channel) {
        try {
            disclosures.disclose(new DisclosureRequest(request.subject(), to.recipient(), to.recipientName(), List.of(IDENTITY),
                    new PurposeId(to.purpose()), to.legalBasis()), payload, channel);
        } catch (Disclosures.DisclosureNotAllowedException notAllowed) {
            throw new RightsRefusal("rights.passOn.notAllowed", "The policy does not let the correction go to that recipient");
        }
    }
}
