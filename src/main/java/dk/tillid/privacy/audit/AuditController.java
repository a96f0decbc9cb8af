package dk.tillid.privacy.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The DPO's view of the audit trail: per person or per staff account, and the chain's verification. */
@Controller
class AuditController {

    static final int PAGE = 100;

    private final AuditTrail audit;
    private final AuditRepository repository;
    private final AuditVerifier verifier;
    private final ObjectProvider<ActorDirectory> actors;
    private final Policy policy;

    AuditController(AuditTrail audit, AuditRepository repository, AuditVerifier verifier,
                    ObjectProvider<ActorDirectory> actors, Policy policy) {
        this.audit = audit;
        this.repository = repository;
        this.verifier = verifier;
        this.actors = actors;
        this.policy = policy;
    }

    /** A row as the page shows it: names instead of ids, local time. */
    record Row(long position, String time, String actor, String subject, List<String> categories, String purpose,
               String action, String detail) {
    }

    record StaffOption(String id, String name) {
    }

    @GetMapping("/dpo/audit")
    ModelAndView trail(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
                       @RequestParam(required = false) Long before, Locale locale) {
        ModelAndView page = new ModelAndView("privacy/audit");
        Optional<UUID> subjectId = SubjectId.tryParse(subject).map(SubjectId::value);
        if (SubjectId.isMistyped(subject)) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("subjectError", true);
        }
        Optional<String> actorId = Optional.ofNullable(actor).filter(a -> !a.isBlank());
        subjectId.ifPresent(id -> audit.read(new SubjectId(id), PurposeId.ADMINISTRATION, "P-DATA-REL"));
        audit.flush();
        List<AuditRepository.Sealed> rows = repository.newest(subjectId, actorId, before == null ? Long.MAX_VALUE : before, PAGE);
        Map<String, String> names = names(rows);
        page.addObject("rows", rows.stream().map(row -> row(row, names, locale)).toList());
        page.addObject("staff", staffOptions());
        page.addObject("subject", subject);
        page.addObject("actor", actor);
        page.addObject("next", rows.size() == PAGE ? rows.get(rows.size() - 1).position() : null);
        return page;
    }

    @PostMapping("/dpo/audit/verify")
    ModelAndView verify(Locale locale) {
        audit.flush();
        ModelAndView page = trail(null, null, null, locale);
        page.addObject("verification", verifier.verify());
        return page;
    }

    private Map<String, String> names(List<AuditRepository.Sealed> rows) {
        ActorDirectory directory = actors.getIfAvailable();
        return rows.stream().map(row -> row.entry().actor()).distinct()
                .collect(Collectors.toMap(Actor::id, a -> directory == null ? a.id() : directory.describe(a), (x, y) -> x));
    }

    private List<StaffOption> staffOptions() {
        ActorDirectory directory = actors.getIfAvailable();
        if (directory == null) {
            return List.of();
        }
        return directory.staff().stream().map(a -> new StaffOption(a.id(), directory.describe(a))).toList();
    }

    private Row row(AuditRepository.Sealed sealed, Map<String, String> names, Locale locale) {
        AuditEntry entry = sealed.entry();
        Function<String, String> categoryName = id -> policy.categoryName(id, locale);
        String purpose = policy.purposes().stream().filter(p -> p.id().equals(entry.purpose())).findFirst()
                .map(p -> entry.purpose() + " " + p.name().in(locale)).orElse(entry.purpose());
        return new Row(sealed.position(), AgencyTime.SECONDS.format(entry.occurredAt()),
                names.getOrDefault(entry.actor().id(), entry.actor().id()),
                entry.subject() == null ? "" : entry.subject().toString(),
                entry.categories().stream().map(categoryName).toList(), purpose, entry.action().name(), entry.detail());
    }
}
