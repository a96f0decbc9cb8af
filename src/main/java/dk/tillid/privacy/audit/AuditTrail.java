package dk.tillid.privacy.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way modules record what they do with personal data, and the gate that holds each access
 * to the policy: a purpose may only touch the categories the policy gives it. An access outside
 * the policy is refused, and the refusal itself is recorded.
 */
@Service
public class AuditTrail {

    private final Policy policy;
    private final AuditBuffer buffer;
    private final AuditRepository repository;
    private final AuditSealer sealer;
    private static final Actor SYSTEM = Actor.system("tillid");
    private static final ThreadLocal<Actor> acting = new ThreadLocal<>();

    private final ObjectProvider<ActorDirectory> actors;
    private final Clock clock;
    private volatile Optional<ActorDirectory> directory;

    AuditTrail(Policy policy, AuditBuffer buffer, AuditRepository repository, AuditSealer sealer,
               ObjectProvider<ActorDirectory> actors, Clock clock) {
        this.policy = policy;
        this.buffer = buffer;
        this.repository = repository;
        this.sealer = sealer;
        this.actors = actors;
        this.clock = clock;
    }

    /** A read of one person's data. */
    public void read(SubjectId subject, PurposeId purpose, String... categories) {
        allow(subject, purpose, categories);
        buffer.add(entry(subject.value(), purpose, AuditAction.READ, List.of(categories), null));
    }

    /** A read of several people's data at once, such as a page of a list. */
    public void read(Collection<SubjectId> subjects, PurposeId purpose, String... categories) {
        subjects.forEach(subject -> allow(subject, purpose, categories));
        subjects.forEach(subject -> buffer.add(entry(subject.value(), purpose, AuditAction.READ, List.of(categories), null)));
    }

    /**
     * A change (or export, or disclosure) of one person's data, recorded in the caller's own
     * transaction: if the change is rolled back, so is its record, and there is no change without one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(SubjectId subject, PurposeId purpose, AuditAction action, String... categories) {
        if (action == AuditAction.READ || action == AuditAction.REFUSED) {
            throw new IllegalArgumentException("Reads and refusals are recorded by read()");
        }
        allow(subject, purpose, categories);
        repository.insertPending(List.of(entry(subject.value(), purpose, action, List.of(categories), null)));
    }

    /** {@link #change} for many people at once, each with the categories changed of theirs, in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeAll(Map<SubjectId, List<String>> categories, PurposeId purpose, AuditAction action) {
        if (action == AuditAction.READ || action == AuditAction.REFUSED) {
            throw new IllegalArgumentException("Reads and refusals are recorded by read()");
        }
        List<AuditEntry> entries = new ArrayList<>(categories.size());
        categories.forEach((subject, changed) -> {
            allow(subject, purpose, changed.toArray(String[]::new));
            entries.add(entry(subject.value(), purpose, action, List.copyOf(changed), null));
        });
        repository.insertPending(entries);
    }

    /** Throws, and records the refusal, unless the policy lets {@code purpose} use every category. */
    private void allow(SubjectId subject, PurposeId purpose, String... categories) {
        for (String category : categories) {
            if (!policy.allows(purpose, category)) {
                buffer.add(entry(subject.value(), purpose, AuditAction.REFUSED, List.of(category),
                        "the policy does not give this purpose this category"));
                throw new PurposeNotAllowedException(purpose, category);
            }
        }
    }

    /** A change to a person's data, for the history on their page: who, when, what, why; never values. */
    public record Change(java.time.Instant at, String actor, AuditAction action, List<String> categories, String purpose) {
    }

    /** The newest changes of a person's data (not the reads), at most {@code limit}. */
    public List<Change> changesOf(SubjectId subject, int limit) {
        flush();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        return repository.newest(Optional.of(subject.value()), Optional.empty(), Long.MAX_VALUE, limit * 4).stream()
                .map(AuditRepository.Sealed::entry)
                .filter(entry -> entry.action() != AuditAction.READ && entry.action() != AuditAction.REFUSED)
                .limit(limit)
                .map(entry -> new Change(entry.occurredAt(), names.computeIfAbsent(entry.actor().id(),
                        id -> directory().map(d -> d.describe(entry.actor())).orElse(id)),
                        entry.action(), entry.categories(), entry.purpose()))
                .toList();
    }

    /** Makes everything recorded so far visible in the sealed trail (for the DPO's pages and tests). */
    public void flush() {
        buffer.flush();
        sealer.sealAll();
    }

    /** Who acts now: whom {@link #actingAs} names, else the signed-in staff member or person, else the system. */
    public Actor currentActor() {
        Actor named = acting.get();
        if (named != null) {
            return named;
        }
        return directory().flatMap(ActorDirectory::current).orElse(SYSTEM);
    }

    /**
     * Runs {@code work} with its reads and changes recorded as done by {@code actor}: for work no
     * login stands behind, such as a registration on the website (an unauthenticated visitor) or a
     * confirmation link followed by the person themselves.
     */
    public <T> T actingAs(Actor actor, java.util.function.Supplier<T> work) {
        Actor before = acting.get();
        acting.set(java.util.Objects.requireNonNull(actor, "actor"));
        try {
            return work.get();
        } finally {
            if (before == null) {
                acting.remove();
            } else {
                acting.set(before);
            }
        }
    }

    /** Looked up once: resolving it through the bean factory on every read cost more than the rest of auditing. */
    private Optional<ActorDirectory> directory() {
        Optional<ActorDirectory> known = directory;
        if (known == null) {
            known = Optional.ofNullable(actors.getIfAvailable());
            directory = known;
        }
        return known;
    }

    private AuditEntry entry(UUID subject, PurposeId purpose, AuditAction action, List<String> categories, String detail) {
        return new AuditEntry(clock.instant(), currentActor(), subject, categories, purpose.value(), action, detail);
    }
}
