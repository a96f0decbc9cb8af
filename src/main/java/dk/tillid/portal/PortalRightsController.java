package dk.tillid.portal;

import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentEvent;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.RequestFees;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.RequestRefusal;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.rights.Rectifications;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's choices, each one step: withdraw a consent, unregister (P-OPT-1), and ask for
 * erasure, a copy of their data, or data to take elsewhere. The sign-in proved the address, so a
 * request from here needs no further proof of identity.
 */
@Controller
class PortalRightsController {

    /** A correction passed on, as the person sees it: the company, the kinds of data, when. */
    record PassedOnShown(String recipient, String categories, java.time.Instant at) {
    }

    /** A consent that stands, as the person sees it. */
    record StandingConsent(String purpose, String category, String purposeName, String categoryName) {
    }

    private final ConsentLedger consents;
    private final Persons persons;
    private final SubjectRequests requests;
    private final SignedInPerson signedIn;
    private final Policy policy;
    private final RequestFees fees;
    private final Rectifications rectifications;

    PortalRightsController(ConsentLedger consents, Persons persons, SubjectRequests requests, SignedInPerson signedIn, Policy policy,
                           RequestFees fees, Rectifications rectifications) {
        this.fees = fees;
        this.rectifications = rectifications;
        this.consents = consents;
        this.persons = persons;
        this.requests = requests;
        this.signedIn = signedIn;
        this.policy = policy;
    }

    @GetMapping("/portal/choices")
    ModelAndView choices(Locale locale) {
        PersonId person = signedIn.id();
        return signedIn.act(() -> {
            List<StandingConsent> standing = consents.current(person.subject()).stream()
                    .filter(event -> event.kind() == ConsentEvent.Kind.GIVEN)
                    .map(event -> new StandingConsent(event.purpose(), event.category(),
                            policy.purpose(event.purpose()).name().in(locale),
                            event.category() == null ? null : policy.category(event.category()).name().in(locale)))
                    .toList();
            // Art. 19: whom a correction of theirs was passed on to (the company), by request.
            Map<RequestId, List<PassedOnShown>> passedOn = rectifications.passedOn(person.subject()).stream()
                    .collect(Collectors.groupingBy(Rectifications.PassedOn::request, Collectors.mapping(
                            passed -> new PassedOnShown(passed.recipientName(), passed.categories().stream()
                                    .map(category -> policy.category(category).name().in(locale))
                                    .collect(Collectors.joining(", ")), passed.at()), Collectors.toList())));
            List<SubjectRequest> asked = requests.of(person.subject());
            Map<RequestId, RequestFees.Fee> fees = new java.util.HashMap<>();
            asked.forEach(request -> this.fees.of(request.id()).ifPresent(fee -> fees.put(request.id(), fee)));
            return new ModelAndView("portal/choices").addObject("consents", standing)
                    .addObject("unregistered", persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS).isUnregistered())
                    .addObject("requests", asked).addObject("fees", fees)
                    .addObject("passedOn", passedOn);
        });
    }

    @PostMapping("/portal/consents/withdraw")
    String withdraw(@RequestParam String purpose, @RequestParam(defaultValue = "") String category, RedirectAttributes redirect) {
        PersonId person = signedIn.id();
        signedIn.act(() -> {
            // A consent to a whole purpose (marketing) has no category.
            consents.withdraw(person.subject(), new PurposeId(purpose), category.isBlank() ? null : category,
                    ConsentChannel.PORTAL);
            return null;
        });
        redirect.addFlashAttribute("saved", "portal.consent.withdrawn");
        return "redirect:/portal/choices";
    }

    /** P-OPT-1: no more contact or job offers, out of matching at once. */
    @PostMapping("/portal/unregister")
    String unregister(RedirectAttributes redirect) {
        PersonId person = signedIn.id();
        signedIn.act(() -> {
            persons.unregister(person, PurposeId.DATA_SUBJECT_RIGHTS);
            RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.UNREGISTERING, SubjectRequest.Channel.PORTAL,
                    requests.today());
            requests.complete(id, "Unregistered through the portal");
            return null;
        });
        redirect.addFlashAttribute("saved", "portal.unregistered");
        return "redirect:/portal/choices";
    }

    /** Kinds a person asks for with a button; the data speaks for itself. */
    static final Set<SubjectRequest.Kind> PLAIN = EnumSet.of(SubjectRequest.Kind.ACCESS, SubjectRequest.Kind.PORTABILITY,
            SubjectRequest.Kind.ERASURE);
    /** Kinds that need the person's words: which data is wrong, why processing should stop. */
    static final Set<SubjectRequest.Kind> IN_WORDS = EnumSet.of(SubjectRequest.Kind.RECTIFICATION,
            SubjectRequest.Kind.RESTRICTION, SubjectRequest.Kind.OBJECTION);

    @PostMapping("/portal/requests")
    String request(@RequestParam SubjectRequest.Kind kind, @RequestParam(defaultValue = "") String statement,
                   RedirectAttributes redirect) {
        if (!PLAIN.contains(kind) && !IN_WORDS.contains(kind)) {
            redirect.addFlashAttribute("refused", "portal.request.kind");
            return "redirect:/portal/choices";
        }
        if (IN_WORDS.contains(kind) && statement.isBlank()) {
            redirect.addFlashAttribute("refused", "portal.request.inWords");
            return "redirect:/portal/choices";
        }
        PersonId person = signedIn.id();
        try {
            signedIn.act(() -> requests.receive(person.subject(), kind, SubjectRequest.Channel.PORTAL, requests.today(),
                    IN_WORDS.contains(kind) ? statement : null));
        } catch (RequestRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
            return "redirect:/portal/choices";
        }
        redirect.addFlashAttribute("saved", "portal.request.received");
        return "redirect:/portal/choices";
    }
}
