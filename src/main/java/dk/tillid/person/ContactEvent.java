package dk.tillid.person;

import java.time.Instant;

import dk.tillid.platform.Fields;

/** A contact with a person; each moves their last-contact date (the clock of P-RET-1). */
public record ContactEvent(Kind kind, Instant occurredAt, String recordedBy, String note) {

    /** What counts as contact (REQUIREMENTS 4: defined, and each moves the date). */
    public enum Kind { REGISTRATION, CALL, EMAIL, MEETING, APPLICATION, PORTAL_LOGIN }

    public ContactEvent {
        note = Fields.optional(note, "note", 500);
    }

    @Override
    public String toString() {
        return "ContactEvent[" + kind + "]";
    }
}
