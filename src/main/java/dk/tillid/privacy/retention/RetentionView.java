package dk.tillid.privacy.retention;

import java.time.LocalDate;

/**
 * One line of a staff page's retention section: a category of the person's data, named as the
 * policy names it, the rule that keeps it longest, and its last day. Holds no value of the data.
 */
public record RetentionView(String category, String categoryName, String rule, String ruleDescription,
                            LocalDate keptThrough) {

    /** The day the sweep deletes the category, unless a clock moves on before then. */
    public LocalDate deletedOn() {
        return keptThrough.plusDays(1);
    }
}
