package dk.tillid.person;

/**
 * GDPR art. 18: the person's processing is restricted, so their record is read-only for the
 * agency's daily work until the restriction is lifted. The message names the rule, never a value.
 */
public class ProcessingRestrictedException extends IllegalStateException {

    public ProcessingRestrictedException() {
        super("The processing of this person's data is restricted: the record can be read but not changed"
                + " until the restriction is lifted");
    }
}
