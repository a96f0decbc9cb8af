package dk.tillid.placement;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.tillid.candidate.CandidateMatch;
import dk.tillid.candidate.CandidateMatching;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The candidates who fit a job order, best first, each with the reasons in words, and the proposal
 * of one of them to a contact at the client. Assessing suitability for the job (P-PUR-3).
 */
@Controller
@RequestMapping("/job-orders/{jobOrder}/matches")
class MatchController {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 9;

    private final CandidateMatching matching;
    private final JobOrderDesk desk;
    private final Placements placements;
    private final MatchWords words;

    MatchController(CandidateMatching matching, JobOrderDesk desk, Placements placements, MatchWords words) {
        this.matching = matching;
        this.desk = desk;
        this.placements = placements;
        this.words = words;
    }

    @GetMapping
    ModelAndView matches(@PathVariable UUID jobOrder, @RequestParam(defaultValue = "0") int page, Locale locale) {
        JobOrderDesk.Order order = desk.find(jobOrder).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int shown = Math.max(0, Math.min(MAX_PAGE, page));
        List<CandidateMatch> found = matching.rank(order.criteria(order.title()), shown * PAGE_SIZE, PAGE_SIZE,
                Placements.PROPOSING);
        ModelAndView view = new ModelAndView("placement/matches");
        view.addObject("order", order);
        view.addObject("matches", found);
        view.addObject("reasons", found.stream().map(match -> words.explain(match, locale)).toList());
        view.addObject("page", shown);
        view.addObject("more", found.size() == PAGE_SIZE && shown < MAX_PAGE);
        view.addObject("contacts", desk.contacts(order.client(), Placements.ASSIGNMENT));
        view.addObject("placements", placements.ofJobOrder(jobOrder));
        return view;
    }

    @PostMapping("/propose")
    String propose(@PathVariable UUID jobOrder, @Valid @ModelAttribute PlacementForms.ProposeForm form, BindingResult result,
                   RedirectAttributes redirect) {
        if (result.hasErrors() || !jobOrder.equals(form.jobOrder())) {
            redirect.addFlashAttribute("refused", "placement.refused.form");
            return "redirect:/job-orders/" + jobOrder + "/matches";
        }
        try {
            PlacementId id = placements.propose(jobOrder, form.person(), form.contact());
            redirect.addFlashAttribute("saved", "placement.proposed");
            return "redirect:/placements/" + id;
        } catch (PlacementRefusedException refused) {
            redirect.addFlashAttribute("refused", refused.reason());
            return "redirect:/job-orders/" + jobOrder + "/matches";
        }
    }
}
