package dk.tillid.privacy.requests;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.tillid.policy.Policy;
import dk.tillid.privacy.spi.DeletionLog;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO checks an erasure's plan, runs it, and reads the deletion log. */
@Controller
class ErasureController {

    static final int LOG_PAGE = 200;

    private final Erasures erasures;
    private final ErasurePlanner planner;
    private final DeletionLog deletionLog;
    private final Policy policy;

    ErasureController(Erasures erasures, ErasurePlanner planner, DeletionLog deletionLog, Policy policy) {
        this.erasures = erasures;
        this.planner = planner;
        this.deletionLog = deletionLog;
        this.policy = policy;
    }

    @GetMapping("/dpo/requests/{id}/erasure")
    ModelAndView plan(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        ErasureProposal proposal;
        try {
            proposal = erasures.plan(new RequestId(id));
        } catch (RequestRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
            return new ModelAndView("redirect:/dpo/requests/" + id);
        }
        Map<String, String> names = new HashMap<>();
        proposal.deleted().forEach(category -> names.put(category, policy.categoryName(category, locale)));
        Map<String, String> laws = new HashMap<>();
        proposal.kept().forEach(kept -> {
            names.put(kept.category(), policy.categoryName(kept.category(), locale));
            laws.put(kept.rule(), planner.whyKept(kept.rule(), locale));
        });
        return new ModelAndView("privacy/erasure").addObject("requestId", id).addObject("proposal", proposal)
                .addObject("names", names).addObject("laws", laws);
    }

    @PostMapping("/dpo/requests/{id}/erasure")
    String carryOut(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            erasures.carryOut(new RequestId(id));
            redirect.addFlashAttribute("saved", "erasure.done");
            return "redirect:/dpo/deletions";
        } catch (RequestRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
            return "redirect:/dpo/requests/" + id;
        }
    }

    @GetMapping("/dpo/deletions")
    ModelAndView deletions() {
        return new ModelAndView("privacy/deletions").addObject("entries", deletionLog.latest(LOG_PAGE));
    }
}
