package dk.tillid.privacy.audit;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by the module that knows the accounts (identity): who is acting right now, and how
 * to name an actor on a page. The audit trail itself stores only the actor's id.
 */
public interface ActorDirectory {

    /** The signed-in staff member or person of the current request, if any. */
    Optional<Actor> current();

    /** A readable name, e.g. the staff member's user name. */
    String describe(Actor actor);

    /** Every staff account, for choosing whose trail to see. */
    List<Actor> staff();
}
