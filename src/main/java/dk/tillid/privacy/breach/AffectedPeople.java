package dk.tillid.privacy.breach;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.tillid.platform.AgencyTime;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.disclosure.Disclosures;
import org.springframework.stereotype.Component;

/** Turns the DPO's choice ({@link SelectionForm}) into the people it names, each once, in a stable order. */
@Component
class AffectedPeople {

    /** More than this is no longer a list typed or pasted by a person; a larger breach needs a better selector. */
    static final int MAX_IDS = 10_000;

    private final Disclosures disclosures;

    AffectedPeople(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    /** @throws BreachRefused with the message that tells the DPO what is missing or wrong */
    List<SubjectId> chosen(SelectionForm selection) {
        String by = selection.by() == null ? "" : selection.by();
        return switch (by) {
            case "DISCLOSURE" -> byDisclosure(selection);
            case "IDS" -> byIds(selection.ids());
            default -> throw new BreachRefused("breach.select.by.invalid", "Unknown selector");
        };
    }

    private List<SubjectId> byDisclosure(SelectionForm selection) {
        if (selection.recipient() == null || selection.recipient().isBlank()) {
            throw new BreachRefused("breach.select.recipient.missing", "Name the recipient");
        }
        if (selection.from() == null || selection.until() == null) {
            throw new BreachRefused("breach.select.period.missing", "Give the period");
        }
        if (selection.until().isBefore(selection.from())) {
            throw new BreachRefused("breach.occurred.backwards", "A period cannot end before it starts");
        }
        // Danish days, both included.
        return disclosures.subjectsDisclosedTo(selection.recipient(),
                selection.from().atStartOfDay(AgencyTime.ZONE).toInstant(),
                selection.until().plusDays(1).atStartOfDay(AgencyTime.ZONE).toInstant());
    }

    private static List<SubjectId> byIds(String text) {
        if (text == null || text.isBlank()) {
            throw new BreachRefused("breach.select.ids.missing", "List the person ids");
        }
        Set<SubjectId> ids = new LinkedHashSet<>();
        for (String token : text.strip().split("[\\s,;]+")) {
            ids.add(SubjectId.tryParse(token)
                    .orElseThrow(() -> new BreachRefused("breach.select.ids.invalid", "Not a person id")));
            if (ids.size() > MAX_IDS) {
                throw new BreachRefused("breach.select.ids.tooMany", "Too many ids");
            }
        }
        return List.copyOf(ids);
    }
}
