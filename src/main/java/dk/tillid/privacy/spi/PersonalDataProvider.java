package dk.tillid.privacy.spi;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;

/** Implemented once by every module that holds personal data. */
public interface PersonalDataProvider {

    /** Which module holds the data, e.g. "person". */
    String source();

    /** Everything this module holds about the person, item by item; empty if nothing. */
    List<PersonalDataItem> export(SubjectId subject);

    /**
     * Erases what the plan says to delete and keeps what it says to keep; reports both. Runs in the
     * caller's transaction.
     */
    ErasureReport erase(SubjectId subject, ErasurePlan plan);

    /**
     * The dates this module knows that start a retention clock for the person, e.g. the last day of
     * their last employment; empty when it knows none.
     */
    default Map<RetentionTrigger, LocalDate> retentionStarts(SubjectId subject) {
        return Map.of();
    }

    /**
     * Message keys for what still binds the agency to the person (an employment that lasts): the
     * DPO is warned before an erasure, as the law or the contract may need the data meanwhile.
     */
    default List<String> stillBound(SubjectId subject) {
        return List.of();
    }

    /**
     * The original content of a file this module named in the person's export; empty if it holds no
     * such file of theirs (any more). Modules that hold no files keep the default.
     */
    default Optional<byte[]> original(SubjectId subject, PersonalFile file) {
        return Optional.empty();
    }

    /**
     * The people whose clock {@code trigger} this module started on or before {@code onOrBefore}, in
     * the order of their ids, after {@code after} (null: from the first), at most {@code limit}: where
     * the retention sweep looks for people who may be due. Modules that start no clock keep the default.
     */
    default List<SubjectId> startedBy(RetentionTrigger trigger, LocalDate onOrBefore, SubjectId after, int limit) {
        return List.of();
    }

    /** {@link #retentionStarts(SubjectId)} for many people at once; people it knows no date for are left out. */
    default Map<SubjectId, Map<RetentionTrigger, LocalDate>> retentionStarts(List<SubjectId> subjects) {
        Map<SubjectId, Map<RetentionTrigger, LocalDate>> starts = new LinkedHashMap<>();
        subjects.forEach(subject -> {
            Map<RetentionTrigger, LocalDate> known = retentionStarts(subject);
            if (!known.isEmpty()) {
                starts.put(subject, known);
            }
        });
        return starts;
    }

    /**
     * Message keys for why nothing of a person may be deleted by the retention sweep now, though
     * their time is up (their processing is restricted, Art. 18; a request of theirs is being
     * answered); people with no such reason are left out.
     */
    default Map<SubjectId, String> deletionBlocked(List<SubjectId> subjects) {
        return Map.of();
    }

    /**
     * Deletes everything this module holds about each of these people, whose every retention rule has
     * run out; returns, for each person it held anything of, the categories deleted. Runs in the
     * caller's transaction. The default erases one person at a time; modules override it with a few
     * statements for the whole batch, which is what lets the sweep keep up with 100,000 people.
     */
    default Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new LinkedHashMap<>();
        subjects.forEach(subject -> {
            ErasureReport report = erase(subject, ErasurePlan.deleteEverything());
            if (!report.deleted().isEmpty()) {
                deleted.put(subject, report.deleted());
            }
        });
        return deleted;
    }
}
