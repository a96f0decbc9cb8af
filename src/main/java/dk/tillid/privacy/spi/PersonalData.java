package dk.tillid.privacy.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dk.tillid.policy.Policy;
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
    private final DeletionLog deletionLog;

    PersonalData(List<PersonalDataProvider> providers, AuditTrail audit, PersonalKeys keys, DeletionLog deletionLog) {
        this.providers = List.copyOf(providers);
        this.audit = audit;
        this.keys = keys;
        this.deletionLog = deletionLog;
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

    /** The categories of which anything is held about the person (read for answering a request). */
    @Transactional(readOnly = true)
    public Set<String> categoriesHeld(SubjectId subject) {
        Set<String> categories = new LinkedHashSet<>();
        providers.forEach(provider -> provider.export(subject).forEach(item -> categories.add(item.category())));
        if (!categories.isEmpty()) {
            audit.read(subject, PurposeId.DATA_SUBJECT_RIGHTS, categories.toArray(String[]::new));
        }
        return categories;
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
     * Erases the person in every module according to the plan, and writes the deletion log under the
     * rule that called for it (a retention rule, or P-RIGHT-3 for an erasure request). When nothing
     * at all is kept, the person's key is destroyed too, so that every copy of their encrypted data
     * becomes unreadable (in a restored backup, once the deletion log is replayed; see ADR 2).
     */
    @Transactional
    public List<ErasureReport> erase(SubjectId subject, ErasurePlan plan, String rule) {
        List<ErasureReport> reports = providers.stream().map(provider -> provider.erase(subject, plan)).toList();
        Set<String> deleted = new LinkedHashSet<>();
        List<ErasureReport.Kept> kept = new ArrayList<>();
        reports.forEach(report -> {
            deleted.addAll(report.deleted());
            kept.addAll(report.kept());
        });
        if (!deleted.isEmpty()) {
            audit.change(subject, PurposeId.DATA_SUBJECT_RIGHTS, AuditAction.DELETE, deleted.toArray(String[]::new));
        }
        // The key goes only when nothing at all is kept: a kept category may be encrypted too.
        boolean destroyKey = !plan.keepsAnything() && kept.isEmpty();
        if (destroyKey) {
            keys.destroy(subject);
        }
        deletionLog.record(subject, List.copyOf(deleted), kept, rule, destroyKey);
        return reports;
    }

    /** What still binds the agency to the person, as message keys, from every module (see the SPI). */
    @Transactional(readOnly = true)
    public List<String> stillBound(SubjectId subject) {
        return providers.stream().flatMap(provider -> provider.stillBound(subject).stream()).toList();
    }

    /**
     * The dates that start the person's retention clocks, from every module that knows one (the
     * latest date wins when two modules know the same event).
     */
    @Transactional(readOnly = true)
    public Map<Policy.RetentionTrigger, LocalDate> retentionStarts(SubjectId subject) {
        Map<Policy.RetentionTrigger, LocalDate> starts = new EnumMap<>(Policy.RetentionTrigger.class);
        providers.forEach(provider -> provider.retentionStarts(subject)
                .forEach((trigger, date) -> starts.merge(trigger, date, (a, b) -> a.isAfter(b) ? a : b)));
        return starts;
    }

    /**
     * Hands {@code batch} the people whose clock {@code trigger} started on or before
     * {@code onOrBefore}, module by module, at most {@code size} at a time, never all at once. Each
     * page is read after the last one was handled, so {@code batch} may erase the people it is given.
     */
    public void forEachStartedBy(Policy.RetentionTrigger trigger, LocalDate onOrBefore, int size,
                                 Consumer<List<SubjectId>> batch) {
        for (PersonalDataProvider provider : providers) {
            SubjectId after = null;
            List<SubjectId> page;
            do {
                page = provider.startedBy(trigger, onOrBefore, after, size);
                if (!page.isEmpty()) {
                    batch.accept(page);
                    after = page.get(page.size() - 1);
                }
            } while (page.size() == size);
        }
    }

    /** {@link #retentionStarts(SubjectId)} for many people at once. */
    @Transactional(readOnly = true)
    public Map<SubjectId, Map<Policy.RetentionTrigger, LocalDate>> retentionStarts(List<SubjectId> subjects) {
        Map<SubjectId, Map<Policy.RetentionTrigger, LocalDate>> starts = new HashMap<>();
        providers.forEach(provider -> provider.retentionStarts(subjects).forEach((subject, known) -> {
            Map<Policy.RetentionTrigger, LocalDate> merged =
                    starts.computeIfAbsent(subject, s -> new EnumMap<>(Policy.RetentionTrigger.class));
            known.forEach((trigger, date) -> merged.merge(trigger, date, (a, b) -> a.isAfter(b) ? a : b));
        }));
        return starts;
    }

    /** Why the retention sweep may delete nothing of a person now, as a message key, for those it may not. */
    @Transactional(readOnly = true)
    public Map<SubjectId, String> deletionBlocked(List<SubjectId> subjects) {
        Map<SubjectId, String> blocked = new HashMap<>();
        providers.forEach(provider -> provider.deletionBlocked(subjects).forEach(blocked::putIfAbsent));
        return blocked;
    }

    /**
     * Erases these people entirely, in every module, because every retention rule for them has run out
     * ({@code rules}: the rule that kept each one longest). Destroys their keys and writes one deletion
     * log entry each. People of whom no module held anything any more are left alone. Returns how many
     * were erased.
     */
    @Transactional
    public int eraseAll(Map<SubjectId, String> rules) {
        List<SubjectId> subjects = List.copyOf(rules.keySet());
        Map<SubjectId, Set<String>> deleted = new LinkedHashMap<>();
        providers.forEach(provider -> provider.eraseAll(subjects).forEach((subject, categories) ->
                deleted.computeIfAbsent(subject, s -> new LinkedHashSet<>()).addAll(categories)));
        if (deleted.isEmpty()) {
            return 0;
        }
        Map<SubjectId, List<String>> changed = new LinkedHashMap<>();
        deleted.forEach((subject, categories) -> changed.put(subject, List.copyOf(categories)));
        audit.changeAll(changed, PurposeId.DATA_SUBJECT_RIGHTS, AuditAction.DELETE);
        keys.destroyAll(changed.keySet());
        deletionLog.recordAll(changed.entrySet().stream()
                .map(erased -> new DeletionLog.Swept(erased.getKey(), erased.getValue(), rules.get(erased.getKey())))
                .toList());
        return changed.size();
    }

    /**
     * Erases the person again as a deletion-log entry says, when a restored backup predates the
     * erasure (see the backup module): the same categories kept (each "P-DATA-9 until 2031-12-31"),
     * everything else deleted, the key destroyed if it was. No new log entry: the restore puts the
     * original one back, with its own id and time.
     */
    @Transactional
    public void replay(DeletionLog.Entry entry) {
        ErasurePlan plan = ErasurePlan.deleteEverything();
        for (String kept : entry.kept()) {
            String[] categoryAndUntil = kept.split(" until ", 2);
            LocalDate until = categoryAndUntil.length == 2 && !"null".equals(categoryAndUntil[1])
                    ? LocalDate.parse(categoryAndUntil[1]) : LocalDate.MAX;
            plan = plan.keep(categoryAndUntil[0], entry.rule(), until);
        }
        ErasurePlan replayed = plan;
        providers.forEach(provider -> provider.erase(entry.subject(), replayed));
        if (!entry.deleted().isEmpty()) {
            audit.change(entry.subject(), PurposeId.DATA_SUBJECT_RIGHTS, AuditAction.DELETE, entry.deleted().toArray(String[]::new));
        }
        if (entry.keyDestroyed()) {
            keys.destroy(entry.subject());
        }
    }
}
