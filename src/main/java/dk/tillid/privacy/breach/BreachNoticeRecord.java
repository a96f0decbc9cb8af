package dk.tillid.privacy.breach;

import java.time.Instant;

import dk.tillid.privacy.SubjectId;

/** One person told of one breach (or found to have no address), as recorded. */
public record BreachNoticeRecord(BreachId breach, SubjectId subject, Instant notifiedAt, BreachNoticeChannel.Outcome outcome) {
}
