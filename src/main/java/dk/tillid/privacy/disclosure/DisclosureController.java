package dk.tillid.privacy.disclosure;

import java.util.List;

import dk.tillid.platform.AgencyTime;
import dk.tillid.privacy.SubjectId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The DPO's view of the disclosure ledger: the newest, or one person's. */
@Controller
class DisclosureController {

    private final Disclosures disclosures;

    DisclosureController(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    record Row(String time, DisclosureRecord disclosure) {
    }

    @GetMapping("/dpo/disclosures")
    ModelAndView disclosures(@RequestParam(required = false) String subject) {
        ModelAndView page = new ModelAndView("privacy/disclosures");
        List<DisclosureRecord> records;
        if (SubjectId.isMistyped(subject)) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("subjectError", true);
            records = List.of();
        } else {
            records = SubjectId.tryParse(subject).map(person -> {
                page.addObject("subject", person.toString());
                return disclosures.of(person);
            }).orElseGet(() -> disclosures.newest(200));
        }
        page.addObject("rows", records.stream().map(record -> new Row(AgencyTime.MINUTES.format(record.disclosedAt()), record)).toList());
        return page;
    }
}
