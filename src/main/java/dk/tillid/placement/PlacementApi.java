package dk.tillid.placement;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.tillid.candidate.CandidateMatching;
import dk.tillid.candidate.MatchExplanation;
import dk.tillid.person.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Matching and placements for other programs: the same rules, purposes and audit as the pages. A
 * refused step is a 409 problem with the reason in words.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Placements", description = "Candidates ranked for a job order (P-PUR-3), proposals to clients through the "
        + "disclosure ledger, and placements through to the end of the assignment (P-PUR-5).")
class PlacementApi {

    /** A ranked candidate: score, the explanation's parts, and the same reasons in words. */
    record MatchJson(PersonId person, String name, String headline, String city, LocalDate availableFrom, int score,
                     MatchExplanation explanation, List<String> reasons) {
    }

    record PlacementJson(PlacementId id, UUID jobOrder, String jobTitle, String clientName, PersonId person,
                         String candidateName, Placement.Status status, Instant proposedAt, Instant decidedAt,
                         UUID assignment, LocalDate startedOn, BigDecimal hourlyPay, BigDecimal hoursRecorded,
                         LocalDate endedOn) {

        static PlacementJson of(PlacementView view) {
            Placement p = view.placement();
            return new PlacementJson(p.id(), p.jobOrder(), view.jobTitle(), view.clientName(), p.person(),
                    view.candidateName(), p.status(), p.proposedAt(), p.decidedAt().orElse(null),
                    p.assignment().orElse(null), p.startedOn().orElse(null), p.hourlyPay().orElse(null),
                    view.hoursRecorded(), p.endedOn().orElse(null));
        }
    }

    private final CandidateMatching matching;
    private final JobOrderDesk desk;
    private final Placements placements;
    private final MatchWords words;
    private final MessageSource messages;

    PlacementApi(CandidateMatching matching, JobOrderDesk desk, Placements placements, MatchWords words,
                 MessageSource messages) {
        this.matching = matching;
        this.desk = desk;
        this.placements = placements;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping("/job-orders/{jobOrder}/matches")
    @Operation(summary = "The candidates who fit the job order, best first, with the reasons; offset and limit page")
    List<MatchJson> matches(@PathVariable UUID jobOrder, @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "20") int limit, Locale locale) {
        JobOrderDesk.Order order = desk.find(jobOrder).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return matching.rank(order.criteria(order.title()), offset, limit, Placements.PROPOSING).stream()
                .map(m -> new MatchJson(m.id(), m.name(), m.headline(), m.city(), m.availableFrom(), m.score(),
                        m.explanation(), words.explain(m, locale))).toList();
    }

    @PostMapping(path = "/placements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Propose a candidate for a job order to a contact at the client (the profile is e-mailed and recorded)")
    ResponseEntity<PlacementJson> propose(@Valid @RequestBody PlacementForms.ProposeForm form) {
        PlacementId id = placements.propose(form.jobOrder(), form.person(), form.contact());
        return ResponseEntity.created(URI.create("/api/v1/placements/" + id)).body(PlacementJson.of(placements.get(id)));
    }

    @GetMapping("/placements")
    @Operation(summary = "Proposed, accepted and started placements, newest first")
    List<PlacementJson> open() {
        return placements.open().stream().map(PlacementJson::of).toList();
    }

    @GetMapping("/placements/{id}")
    @Operation(summary = "A placement")
    PlacementJson get(@PathVariable PlacementId id) {
        return PlacementJson.of(placements.get(id));
    }

    @PostMapping("/placements/{id}/accept")
    @Operation(summary = "The client accepted the candidate; fills the job order when all its positions are placed")
    PlacementJson accept(@PathVariable PlacementId id) {
        placements.accept(id);
        return get(id);
    }

    @PostMapping("/placements/{id}/reject")
    @Operation(summary = "The client declined the candidate")
    PlacementJson reject(@PathVariable PlacementId id) {
        placements.reject(id);
        return get(id);
    }

    @PostMapping("/placements/{id}/withdraw")
    @Operation(summary = "The agency withdraws the proposal (before the work starts)")
    PlacementJson withdraw(@PathVariable PlacementId id) {
        placements.withdraw(id);
        return get(id);
    }

    @PostMapping(path = "/placements/{id}/start", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The assignment starts: the person is hired (employment module)")
    PlacementJson start(@PathVariable PlacementId id, @Valid @RequestBody PlacementForms.StartForm form) {
        placements.startAssignment(id, form.firstDay(), form.hourlyPay());
        return get(id);
    }

    @PostMapping(path = "/placements/{id}/hours", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hours worked on a day of the assignment (a timesheet line in the employment module)")
    PlacementJson hours(@PathVariable PlacementId id, @Valid @RequestBody PlacementForms.HoursForm form) {
        placements.recordHours(id, form.day(), form.hours());
        return get(id);
    }

    @PostMapping(path = "/placements/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The assignment ends on its last day (ends the employment)")
    PlacementJson end(@PathVariable PlacementId id, @Valid @RequestBody PlacementForms.EndForm form) {
        placements.end(id, form.lastDay());
        return get(id);
    }

    @ExceptionHandler(PlacementRefusedException.class)
    ResponseEntity<ProblemDetail> refused(PlacementRefusedException refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(refused.reason(), null, locale));
        problem.setTitle(messages.getMessage("placement.refused.title", null, locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
