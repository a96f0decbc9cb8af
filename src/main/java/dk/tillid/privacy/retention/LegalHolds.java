package dk.tillid.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds (P-RET, issue T6 item 3): the DPO stops all deletion of a person's data while a
 * dispute or a court case needs it, with the reason and the last day. At most one hold stands per
 * person; it can be lifted early, with a reason. Erasure plans and retention dates ask here.
 */
@Service
@Transactional
public class LegalHolds {

    /** The reason an erasure plan gives for what a hold keeps; the person's receipt shows it as it is. */
    public static final String REASON = "legal hold";

    static final String CATEGORY = "P-DATA-REL";
    static final PurposeId PURPOSE = PurposeId.ADMINISTRATION;
    static final int MAX_TEXT = 2000;

    private final LegalHoldRepository holds;
    private final PersonalData personalData;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(LegalHoldRepository holds, PersonalData personalData, AuditTrail audit, Clock clock) {
        this.holds = holds;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Places a hold through {@code endsOn}. Refused without a reason, with an end date already past,
     * for a person of whom nothing is held, or while another hold on the person stands.
     */
    public LegalHold place(SubjectId subject, String reason, LocalDate endsOn) {
        LocalDate today = AgencyTime.today(clock);
        String why = text(reason, "legalhold.reason.missing", "A legal hold needs its reason");
        if (endsOn == null) {
            throw new LegalHoldRefused("legalhold.endsOn.missing", "A legal hold needs an end date");
        }
        if (endsOn.isBefore(today)) {
            throw new LegalHoldRefused("legalhold.endsOn.past", "A legal hold cannot end in the past");
        }
        if (personalData.categoriesHeld(subject).isEmpty()) {
            throw new LegalHoldRefused("legalhold.nothingHeld", "Nothing is held about this person");
        }
        Optional<LegalHold> open = holds.openFor(subject);
        if (open.isPresent() && open.get().standsOn(today)) {
            throw new LegalHoldRefused("legalhold.alreadyHeld", "A legal hold on this person stands already");
        }
        String actor = audit.currentActor().toString();
        // A hold that has run out stands no more; closing it lets the unique index keep one open per person.
        open.ifPresent(ranOut -> holds.lift(ranOut.id(), clock.instant(), actor, null));
        LegalHold hold = new LegalHold(UUID.randomUUID(), subject, why, endsOn, clock.instant(), actor, null, null, null);
        try {
            holds.insert(hold);
        } catch (DuplicateKeyException placedMeanwhile) {
            throw new LegalHoldRefused("legalhold.alreadyHeld", "A legal hold on this person stands already");
        }
        audit.change(subject, PURPOSE, AuditAction.CREATE, CATEGORY);
        return hold;
    }

    /** Lifts a standing hold before its end date; refused without a reason or if it no longer stands. */
    public void lift(UUID id, String reason) {
        String why = text(reason, "legalhold.liftReason.missing", "Lifting a legal hold early needs a reason");
        LegalHold hold = holds.find(id).orElseThrow(() -> new LegalHoldRefused("legalhold.unknown", "No such legal hold"));
        if (!hold.standsOn(AgencyTime.today(clock))) {
            throw new LegalHoldRefused("legalhold.notStanding", "The legal hold no longer stands");
        }
        holds.lift(id, clock.instant(), audit.currentActor().toString(), why);
        audit.change(hold.subject(), PURPOSE, AuditAction.UPDATE, CATEGORY);
    }

    /** The last day of the hold standing on the person today, if any: nothing of theirs is deleted through it. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> standingUntil(SubjectId subject) {
        return holds.standingUntil(subject, AgencyTime.today(clock));
    }

    /** Which of these people a hold stands on {@code today}: the sweep deletes nothing of theirs. */
    Set<SubjectId> standingAmong(List<SubjectId> subjects, LocalDate today) {
        return holds.standingAmong(subjects.stream().map(SubjectId::value).toArray(UUID[]::new), today).stream()
                .map(SubjectId::new).collect(Collectors.toSet());
    }

    /** The newest holds for the DPO's page, standing ones first; each read is audited. */
    @Transactional(readOnly = true)
    public List<LegalHold> latest(int limit) {
        List<LegalHold> latest = holds.latest(AgencyTime.today(clock), limit);
        if (!latest.isEmpty()) {
            audit.read(latest.stream().map(LegalHold::subject).distinct().toList(), PURPOSE, CATEGORY);
        }
        return latest;
    }

    private static String text(String given, String key, String message) {
        if (given == null || given.isBlank()) {
            throw new LegalHoldRefused(key, message);
        }
        if (given.strip().length() > MAX_TEXT) {
            throw new LegalHoldRefused("legalhold.text.tooLong", "At most " + MAX_TEXT + " characters");
        }
        return given.strip();
    }
}
