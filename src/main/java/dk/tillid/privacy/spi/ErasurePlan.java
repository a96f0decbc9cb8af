package dk.tillid.privacy.spi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to do with each category of a person's data: delete it, or keep it, with the reason (a law,
 * a legal hold) and until when. Categories the plan does not name are deleted.
 */
public final class ErasurePlan {

    public sealed interface Decision permits Delete, Keep {
    }

    public record Delete() implements Decision {
    }

    public record Keep(String reason, LocalDate until) implements Decision {

        public Keep {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(until, "until");
        }
    }

    private final Map<String, Keep> kept;

    private ErasurePlan(Map<String, Keep> kept) {
        this.kept = Map.copyOf(kept);
    }

    public static ErasurePlan deleteEverything() {
        return new ErasurePlan(Map.of());
    }

    /** The same plan, keeping one more category. */
    public ErasurePlan keep(String category, String reason, LocalDate until) {
        Map<String, Keep> more = new HashMap<>(kept);
        more.put(category, new Keep(reason, until));
        return new ErasurePlan(more);
    }

    public Decision decisionFor(String category) {
        Keep keep = kept.get(category);
        return keep != null ? keep : new Delete();
    }

    public boolean deletes(String category) {
        return !kept.containsKey(category);
    }

    /** Whether the plan keeps anything at all (a legal hold, a law). */
    public boolean keepsAnything() {
        return !kept.isEmpty();
    }
}
