package dk.tillid.privacy.consent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's consent pages: how many consent to what, and one person's ledger and legal bases. */
@Controller
class ConsentController {

    private final ConsentLedger ledger;
    private final ProcessingGrounds grounds;
    private final Policy policy;

    ConsentController(ConsentLedger ledger, ProcessingGrounds grounds, Policy policy) {
        this.ledger = ledger;
        this.grounds = grounds;
        this.policy = policy;
    }

    /** A choice of wording, as the form offers it: "purpose|category|version". */
    record WordingOption(String value, String label) {
    }

    record Standing(String purpose, String category, long people) {
    }

    /** A fact of the ledger as the page shows it, in Danish local time. */
    record HistoryRow(String time, ConsentEvent event) {
    }

    @GetMapping("/dpo/consents")
    ModelAndView consents(@RequestParam(required = false) String subject, Locale locale) {
        ModelAndView page = new ModelAndView("privacy/consents");
        page.addObject("standing", ledger.standing().stream()
                .map(row -> new Standing(purposeName((String) row[0], locale), categoryName((String) row[1], locale),
                        (Long) row[2])).toList());
        page.addObject("wordings", wordingOptions(locale));
        page.addObject("channels", List.of(ConsentChannel.LETTER, ConsentChannel.PHONE, ConsentChannel.EMAIL,
                ConsentChannel.IN_PERSON));
        page.addObject("form", new ConsentForm(subject, null, null));
        Optional<SubjectId> id = SubjectId.tryParse(subject);
        if (SubjectId.isMistyped(subject)) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("subjectError", true);
        }
        id.ifPresent(person -> {
            page.addObject("subject", person.toString());
            page.addObject("history", ledger.history(person).stream()
                    .map(event -> new HistoryRow(AgencyTime.MINUTES.format(event.occurredAt()), event)).toList());
            page.addObject("current", ledger.current(person));
            page.addObject("legalBases", grounds.recorded(person));
        });
        return page;
    }

    @PostMapping("/dpo/consents/give")
    ModelAndView give(@Valid @ModelAttribute("form") ConsentForm form, BindingResult result, Locale locale,
                      RedirectAttributes redirect) {
        Optional<SubjectId> subject = SubjectId.tryParse(form.subject());
        Optional<Policy.ConsentWording> wording = wording(form.wording());
        if (subject.isEmpty() && !result.hasFieldErrors("subject")) {
            result.rejectValue("subject", "audit.filter.subject.invalid");
        }
        if (wording.isEmpty() && !result.hasFieldErrors("wording")) {
            result.rejectValue("wording", "consent.form.wording.missing");
        }
        if (result.hasErrors()) {
            ModelAndView page = consents(form.subject(), locale);
            page.addObject("form", form);
            page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        ledger.give(subject.get(), new PurposeId(wording.get().purpose()), wording.get().category(),
                wording.get().version(), form.channel());
        redirect.addFlashAttribute("saved", "consent.given");
        return new ModelAndView("redirect:/dpo/consents?subject=" + subject.get());
    }

    @PostMapping("/dpo/consents/withdraw")
    String withdraw(@RequestParam String subject, @RequestParam String purpose,
                    @RequestParam(required = false) String category, @RequestParam ConsentChannel channel,
                    RedirectAttributes redirect) {
        SubjectId person = SubjectId.tryParse(subject).orElseThrow(() -> new IllegalArgumentException("Not a person id"));
        ledger.withdraw(person, new PurposeId(policy.purpose(purpose).id()),
                category == null || category.isBlank() ? null : policy.category(category).id(), channel);
        redirect.addFlashAttribute("saved", "consent.withdrawn");
        return "redirect:/dpo/consents?subject=" + person;
    }

    private List<WordingOption> wordingOptions(Locale locale) {
        return policy.consentWordings().stream()
                .map(w -> new WordingOption(w.purpose() + "|" + (w.category() == null ? "" : w.category()) + "|" + w.version(),
                        purposeName(w.purpose(), locale) + (w.category() == null ? "" : " – " + categoryName(w.category(), locale))
                                + " (" + w.version() + ")"))
                .toList();
    }

    private Optional<Policy.ConsentWording> wording(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return policy.consentWording(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2]);
    }

    private String purposeName(String id, Locale locale) {
        return policy.purposes().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> id + " " + p.name().in(locale)).orElse(id);
    }

    private String categoryName(String id, Locale locale) {
        return id == null ? "" : policy.categoryName(id, locale);
    }
}
