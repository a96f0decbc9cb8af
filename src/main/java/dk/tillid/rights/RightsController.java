package dk.tillid.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.person.RestrictionStepRefused;
import dk.tillid.person.UnknownPersonException;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.RequestRefusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DPO's steps on a request, from its page: each one only after the person's identity is
 * verified, each answered on the request's page with what was done or, in plain words, why not.
 */
@Controller
@RequestMapping("/dpo/requests/{id}")
class RightsController {

    record RestrictForm(String reason) {
    }

    record LiftNoticeForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate liftOn, Boolean toldByLetter) {
    }

    record CorrectionForm(List<String> categories) {
    }

    record PassOnForm(String recipient, String recipientName, UUID contact, String note) {
    }

    record WithdrawalForm(List<String> consents) {
    }

    private final Restrictions restrictions;
    private final Rectifications rectifications;
    private final Choices choices;

    RightsController(Restrictions restrictions, Rectifications rectifications, Choices choices) {
        this.restrictions = restrictions;
        this.rectifications = rectifications;
        this.choices = choices;
    }

    @PostMapping("/restrict")
    String restrict(@PathVariable UUID id, @ModelAttribute RestrictForm form, RedirectAttributes redirect) {
        return step(id, redirect, "rights.restricted", () -> restrictions.restrict(new RequestId(id), form.reason()));
    }

    @PostMapping("/announce-lift")
    String announceLift(@PathVariable UUID id, @ModelAttribute LiftNoticeForm form, RedirectAttributes redirect) {
        return step(id, redirect, "rights.liftAnnounced",
                () -> restrictions.announceLift(new RequestId(id), form.liftOn(), Boolean.TRUE.equals(form.toldByLetter())));
    }

    @PostMapping("/lift")
    String lift(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "rights.lifted", () -> restrictions.lift(new RequestId(id)));
    }

    @PostMapping("/corrected")
    String corrected(@PathVariable UUID id, @ModelAttribute CorrectionForm form, RedirectAttributes redirect) {
        return step(id, redirect, "rights.correction.recorded",
                () -> rectifications.recordCorrected(new RequestId(id), form.categories()));
    }

    @PostMapping("/pass-on")
    String passOn(@PathVariable UUID id, @ModelAttribute PassOnForm form, RedirectAttributes redirect) {
        return step(id, redirect, "rights.passOn.sent", () -> rectifications.passOnByMail(new RequestId(id), form.recipient(),
                form.recipientName(), form.contact() == null ? null : new PersonId(form.contact())));
    }

    @PostMapping("/pass-on-otherwise")
    String passOnOtherwise(@PathVariable UUID id, @ModelAttribute PassOnForm form, RedirectAttributes redirect) {
        return step(id, redirect, "rights.passOn.recorded", () -> rectifications.passOnOtherwise(new RequestId(id),
                form.recipient(), form.recipientName(), form.note()));
    }

    @PostMapping("/stop-marketing")
    String stopMarketing(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "rights.marketingStopped", () -> choices.stopMarketing(new RequestId(id)));
    }

    @PostMapping("/out-of-matching")
    String outOfMatching(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "rights.outOfMatching", () -> choices.takeOutOfMatching(new RequestId(id)));
    }

    @PostMapping("/withdraw-consents")
    String withdraw(@PathVariable UUID id, @ModelAttribute WithdrawalForm form, RedirectAttributes redirect) {
        return step(id, redirect, "rights.consentsWithdrawn", () -> choices.withdraw(new RequestId(id), form.consents()));
    }

    @PostMapping("/unregister")
    String unregister(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "rights.unregistered", () -> choices.unregister(new RequestId(id)));
    }

    private static String step(UUID id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", done);
        } catch (RequestRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
        } catch (RightsRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
        } catch (RestrictionStepRefused refused) {
            redirect.addFlashAttribute("refused", "rights.restriction.refused." + refused.reason().name());
        } catch (UnknownPersonException unknown) {
            redirect.addFlashAttribute("refused", "rights.unknownPerson");
        }
        return "redirect:/dpo/requests/" + id;
    }
}
