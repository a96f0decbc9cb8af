package dk.tillid.candidate;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.privacy.audit.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidates for other programs: the same data, rules, purposes and audit as the pages.
 * Filters travel in the body of a search, never in the address, since a name is personal data.
 */
@RestController
@RequestMapping(path = "/api/v1/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Candidates", description = "Candidates, read and changed to assess their suitability for jobs (P-PUR-3).")
class CandidateApi {

    private final Candidates candidates;
    private final Persons persons;
    private final AuditTrail audit;

    CandidateApi(Candidates candidates, Persons persons, AuditTrail audit) {
        this.candidates = candidates;
        this.persons = persons;
        this.audit = audit;
    }

    /** The search of the API: filters and where to continue, all optional. */
    record Search(String name, String city, String skill, String language, CandidateSummary.Status status,
                  String words, PersonId after, Integer size) {

        @Override
        public String toString() {
            return "Search[hidden]";
        }
    }

    @GetMapping
    @Operation(summary = "List candidates in name order, a page at a time; continue after the last id of a page")
    CandidatePage list(@RequestParam(required = false) PersonId after,
                       @RequestParam(defaultValue = "" + CandidateController.PAGE_SIZE) int size) {
        return candidates.search(CandidateFilter.none(), after, size, CandidateController.WORK);
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Find candidates by name, city, skill, language and status")
    CandidatePage search(@RequestBody Search search) {
        return candidates.search(new CandidateFilter(search.name(), search.city(), search.skill(), search.language(),
                search.status(), search.words()), search.after(), search.size() == null ? CandidateController.PAGE_SIZE : search.size(),
                CandidateController.WORK);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a candidate (registered by staff; the e-mail address is unconfirmed)")
    ResponseEntity<CandidateJson> register(@Valid @RequestBody CandidateForm form) {
        PersonId id = candidates.register(form.candidate(), Candidate.RegisteredVia.STAFF, CandidateController.WORK);
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + id.value()))
                .body(CandidateJson.of(candidates.get(id, CandidateController.WORK)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A candidate, with every section the purpose of assessing suitability may see")
    CandidateJson get(@PathVariable PersonId id) {
        return CandidateJson.of(candidates.get(id, CandidateController.WORK));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change name, contact data, address, date of birth and profile")
    CandidateJson update(@PathVariable PersonId id, @Valid @RequestBody CandidateForm form) {
        candidates.update(id, form.candidate(), CandidateController.WORK);
        return get(id);
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The contacts with the candidate, newest first")
    List<ContactEvent> contacts(@PathVariable PersonId id) {
        candidates.requireCandidate(id);
        return persons.contacts(id, CandidateController.WORK);
    }

    @PostMapping(path = "/{id}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a call, e-mail, meeting or application; it moves the last-contact date")
    void recordContact(@PathVariable PersonId id, @Valid @RequestBody SectionForms.ContactForm form) {
        candidates.requireCandidate(id);
        persons.recordContact(id, form.kind(), form.note(), CandidateController.WORK);
    }

    /** A change as the history shows it: who, when, what kind of data, why; never the values. */
    record HistoryEntry(Instant at, String actor, String action, List<String> categories, String purpose) {
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed which kind of data, when and for which purpose")
    List<HistoryEntry> history(@PathVariable PersonId id) {
        candidates.requireCandidate(id);
        return audit.changesOf(id.subject(), CandidateController.HISTORY_SIZE).stream()
                .map(change -> new HistoryEntry(change.at(), change.actor(), change.action().name(), change.categories(),
                        change.purpose())).toList();
    }
}
