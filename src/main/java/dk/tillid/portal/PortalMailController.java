package dk.tillid.portal;

import java.util.Locale;
import java.util.Optional;

import dk.tillid.outreach.MailPreferences;
import dk.tillid.outreach.Suppressions;
import dk.tillid.person.PersonId;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mail a person gets from the agency, as they choose it: how often job alerts come (or never),
 * the language, newsletters and offers (a consent given or withdrawn here), and an objection to
 * marketing, which holds whatever consent is given later until they take it back themselves.
 */
@Controller
class PortalMailController {

    private final SignedInPerson signedIn;
    private final MailPreferences preferences;
    private final Suppressions suppressions;
    private final ConsentLedger consents;
    private final Policy policy;

    PortalMailController(SignedInPerson signedIn, MailPreferences preferences, Suppressions suppressions,
                         ConsentLedger consents, Policy policy) {
        this.signedIn = signedIn;
        this.preferences = preferences;
        this.suppressions = suppressions;
        this.consents = consents;
        this.policy = policy;
    }

    @GetMapping("/portal/mail")
    ModelAndView page(Locale locale) {
        PersonId person = signedIn.id();
        return signedIn.act(() -> {
            Policy.ConsentWording wording = policy.currentConsentWording(PurposeId.MARKETING.value(), null).orElseThrow();
            return new ModelAndView("portal/mail").addObject("choice", preferences.of(person))
                    .addObject("frequencies", MailPreferences.Frequency.values())
                    .addObject("marketing", consents.isGiven(person.subject(), PurposeId.MARKETING, null))
                    .addObject("marketingWording", wording.text().in(locale))
                    .addObject("objectedSince", suppressions.since(person).orElse(null));
        });
    }

    @PostMapping("/portal/mail/alerts")
    String alerts(@RequestParam MailPreferences.Frequency frequency, @RequestParam String language,
                  RedirectAttributes redirect) {
        if (!language.equals("da") && !language.equals("en")) {
            redirect.addFlashAttribute("refused", "portal.mail.language.refused");
            return "redirect:/portal/mail";
        }
        PersonId person = signedIn.id();
        signedIn.act(() -> {
            preferences.choose(person, frequency, Locale.forLanguageTag(language));
            return null;
        });
        redirect.addFlashAttribute("saved", "portal.mail.saved");
        return "redirect:/portal/mail";
    }

    /** Opting in (P-PUR-2), to the policy's current wording. Someone who objected takes the objection back first. */
    @PostMapping("/portal/mail/marketing")
    String marketing(@RequestParam boolean wanted, RedirectAttributes redirect) {
        PersonId person = signedIn.id();
        Optional<String> refused = signedIn.act(() -> {
            if (!wanted) {
                consents.withdraw(person.subject(), PurposeId.MARKETING, null, ConsentChannel.PORTAL);
                return Optional.<String>empty();
            }
            if (suppressions.since(person).isPresent()) {
                return Optional.of("portal.mail.objectedFirst");
            }
            String wording = policy.currentConsentWording(PurposeId.MARKETING.value(), null).orElseThrow().version();
            consents.give(person.subject(), PurposeId.MARKETING, null, wording, ConsentChannel.PORTAL);
            return Optional.<String>empty();
        });
        refused.ifPresentOrElse(key -> redirect.addFlashAttribute("refused", key),
                () -> redirect.addFlashAttribute("saved", wanted ? "portal.mail.optedIn" : "portal.consent.withdrawn"));
        return "redirect:/portal/mail";
    }

    /** Art. 21(2): an objection to direct marketing, absolute. */
    @PostMapping("/portal/mail/objection")
    String object(RedirectAttributes redirect) {
        PersonId person = signedIn.id();
        signedIn.act(() -> {
            suppressions.object(person, ConsentChannel.PORTAL);
            return null;
        });
        redirect.addFlashAttribute("saved", "portal.mail.objected");
        return "redirect:/portal/mail";
    }

    /** Only the person can take their objection back; it gives no consent by itself. */
    @PostMapping("/portal/mail/objection/withdraw")
    String withdrawObjection(RedirectAttributes redirect) {
        PersonId person = signedIn.id();
        signedIn.act(() -> {
            suppressions.withdrawObjection(person);
            return null;
        });
        redirect.addFlashAttribute("saved", "portal.mail.objectionWithdrawn");
        return "redirect:/portal/mail";
    }
}
