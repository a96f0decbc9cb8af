package dk.tillid.privacy.spi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything held about a person, across every module that holds any: for access and portability
 * (export) and for erasure. The privacy engine finds the providers; it knows none of them.
 */
@Service
public class PersonalData {

    private final List<PersonalDataProvider> providers;
    private final AuditTrail audit;
    private final PersonalKeys keys;

    PersonalData(List<PersonalDataProvider> providers, AuditTrail audit, PersonalKeys keys) {
        this.providers = List.copyOf(providers);
        this.audit = audit;
        this.keys = keys;
    }

    /** What one module holds. */
    public record Holding(String source, List<PersonalDataItem> items) {
    }

    /** The modules that hold personal data, by name: for the DPO and for tests that none is missing. */
    public List<String> sources() {
        return providers.stream().map(PersonalDataProvider::source).toList();
    }

    /** Everything held about the person, module by module (GDPR Art. 15 and 20). */
    @Transactional
    public List<Holding> export(SubjectId subject) {
        List<Holding> holdings = providers.stream()
                .map(provider -> new Holding(provider.source(), provider.export(subject)))
                .filter(holding -> !holding.items().isEmpty())
                .toList();
        Set<String> categories = new LinkedHashSet<>();
        holdings.forEach(holding -> holding.items().forEach(item -> categories.add(item.category())));
        if (!categories.isEmpty()) {
            audit.change(subject, PurposeId.DATA_SUBJECT_RIGHTS, AuditAction.EXPORT, categories.toArray(String[]::new));
        }
        return holdings;
    }

    /**
     * The original content of a file that {@link #export} named, read from the module that holds it;
     * empty if it is gone. Only for the export that named it, which the audit trail records.
     */
    public Optional<byte[]> original(SubjectId subject, PersonalFile file) {
        return providers.stream().filter(provider -> provider.source().equals(file.source())).findFirst()
                .flatMap(provider -> provider.original(subject, file));
    }

    /**
     * Erases the person in every module according to the plan. When nothing at all is kept, the
     * person's key is destroyed too, so that every copy of their encrypted data becomes unreadable
     * (in a restored backup, once the deletion log is replayed; see ADR 2).
     */
    @Transactional
    public List<ErasureReport> erase(SubjectId subject, ErasurePlan plan) {
        List<ErasureReport> reports = providers.stream().map(provider -> provider.erase(subject, plan)).toList();
        Set<String> deleted = new LinkedHashSet<>();
        reports.forEach(report -> deleted.addAll(report.deleted()));
        if (!deleted.isEmpty()) {
            audit.change(subject, PurposeId.DATA_SUBJECT_RIGHTS, AuditAction.DELETE, deleted.toArray(String[]::new));
        }
        // The key goes only when nothing at all is kept: a kept category may be encrypted too.
        if (!plan.keepsAnything() && reports.stream().allMatch(report -> report.kept().isEmpty())) {
            keys.destroy(subject);
        }
        return reports;
    }
}
