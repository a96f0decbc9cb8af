package dk.tillid.privacy.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.tillid.policy.Policy;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentEvent;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.disclosure.DisclosureRecord;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.retention.RetentionDates;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 15: everything the agency holds about a person (through the SPI, every module), with, for
 * each category, its purposes and legal bases, recipients, source and retention (15(1)(a)–(h)),
 * plus their consents, what was disclosed to whom, and their requests. Other people are not named
 * (15(4)): who among the staff recorded or disclosed something is given as "the agency".
 */
@Service
public class AccessPackages {

    static final String AGENCY = "the agency";

    /** One category as the package explains it. */
    /** {@code keptThrough}: the last day it is kept as things stand (null when no rule's clock runs yet). */
    public record CategoryExplained(String id, String name, String description, List<PurposeExplained> purposes,
                                    List<String> recipients, String source, List<String> retention,
                                    LocalDate keptThrough, List<PersonalDataItem> data) {
    }

    public record PurposeExplained(String id, String name, List<String> legalBases) {
    }

    public record ConsentFact(String purpose, String category, String kind, String wordingVersion, String channel,
                              Instant at) {
    }

    public record DisclosureFact(String recipient, String recipientName, List<String> categories, String purpose,
                                 String legalBasis, String channel, Instant at, String by) {
    }

    public record RequestFact(String kind, String channel, String receivedOn, String status, String closedOn) {
    }

    /** The whole package; a JSON file and an HTML page are made from it. */
    public record AccessPackage(String format, Instant generatedAt, String controller, String supervisoryAuthority,
                                List<CategoryExplained> categories, List<ConsentFact> consents,
                                List<DisclosureFact> disclosures, List<RequestFact> requests) {
    }

    static final String FORMAT = "tillid-access-package/1";

    private final PersonalData personalData;
    private final ConsentLedger consents;
    private final Disclosures disclosures;
    private final RequestRepository requests;
    private final RetentionDates retention;
    private final Policy policy;
    private final Clock clock;
    private final OtherPeopleRedactor redactor;

    AccessPackages(PersonalData personalData, ConsentLedger consents, Disclosures disclosures, RequestRepository requests,
                   RetentionDates retention, Policy policy, Clock clock, OtherPeopleRedactor redactor) {
        this.retention = retention;
        this.personalData = personalData;
        this.consents = consents;
        this.disclosures = disclosures;
        this.requests = requests;
        this.policy = policy;
        this.clock = clock;
        this.redactor = redactor;
    }

    /** Builds the package (the export is recorded in the audit trail by the SPI). */
    @Transactional
    public AccessPackage of(SubjectId subject, Locale locale) {
        Map<String, List<PersonalDataItem>> byCategory = new LinkedHashMap<>();
        redactor.redact(subject, personalData.export(subject), locale).forEach(holding -> holding.items().forEach(item ->
                byCategory.computeIfAbsent(item.category(), key -> new ArrayList<>()).add(item)));
        Map<String, RetentionDates.Due> due = retention.of(subject);
        List<CategoryExplained> categories = byCategory.entrySet().stream()
                .map(entry -> explain(entry.getKey(), entry.getValue(), due.get(entry.getKey()), locale)).toList();
        List<ConsentFact> consentFacts = consents.history(subject).stream().map(AccessPackages::consent).toList();
        List<DisclosureFact> disclosed = disclosures.of(subject).stream().map(AccessPackages::disclosure).toList();
        List<RequestFact> asked = requests.of(subject).stream().map(request -> new RequestFact(request.kind().name(),
                request.channel().name(), request.receivedOn().toString(), request.status().name(),
                request.closedOn() == null ? null : request.closedOn().toString())).toList();
        var authority = policy.supervisoryAuthority();
        return new AccessPackage(FORMAT, clock.instant(), policy.controller().name(),
                authority.name().in(locale) + ", " + authority.website(), categories, consentFacts, disclosed, asked);
    }

    private CategoryExplained explain(String categoryId, List<PersonalDataItem> data, RetentionDates.Due due, Locale locale) {
        Policy.DataCategory category = policy.category(categoryId);
        // Answering requests (a derived purpose) follows from holding the data; it is no reason to hold it.
        List<Policy.Purpose> using = policy.purposesUsing(categoryId).stream().filter(purpose -> !purpose.derived()).toList();
        List<PurposeExplained> purposes = using.stream()
                .map(purpose -> new PurposeExplained(purpose.id(), purpose.name().in(locale),
                        purpose.legalBases().stream().map(basis -> policy.legalBasis(basis).article()).toList()))
                .toList();
        Set<String> recipients = new LinkedHashSet<>();
        using.forEach(purpose -> purpose.recipients()
                .forEach(recipient -> recipients.add(policy.recipient(recipient).name().in(locale))));
        List<String> rules = policy.retentionOf(categoryId).stream().map(rule -> rule.description().in(locale)).toList();
        return new CategoryExplained(categoryId, category.name().in(locale), category.description().in(locale), purposes,
                List.copyOf(recipients), category.source().in(locale), rules, due == null ? null : due.keptThrough(), data);
    }

    private static ConsentFact consent(ConsentEvent event) {
        return new ConsentFact(event.purpose(), event.category(), event.kind().name(), event.wordingVersion(),
                event.channel().name(), event.occurredAt());
    }

    private static DisclosureFact disclosure(DisclosureRecord record) {
        return new DisclosureFact(record.recipient(), record.recipientName(), record.categories(), record.purpose(),
                record.legalBasis(), record.channel(), record.disclosedAt(), AGENCY);
    }
}
