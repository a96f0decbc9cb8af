package dk.tillid.employment;

import java.time.Clock;
import java.time.LocalDate;

import dk.tillid.person.PersonId;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Results of pre-employment screening done for a client (P-DATA-10, purpose P-PUR-6). */
@Service
@Transactional
class Screenings {

    static final String SCREENING = "P-DATA-10";

    private final RecordsRepository records;
    private final EmployeeFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    Screenings(RecordsRepository records, EmployeeFiles files, AuditTrail audit, Clock clock) {
        this.records = records;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    void add(PersonId person, String clientName, String screening, String result, LocalDate screenedOn) {
        FieldAccess.requireWrite(Viewer.current(), Field.SCREENING);
        files.requireWritable(person);
        String client = Texts.required(clientName, 200, "employment.refused.screening.client");
        String what = Texts.required(screening, 200, "employment.refused.screening.what");
        String outcome = Texts.required(result, 2000, "employment.refused.screening.result");
        if (screenedOn == null || screenedOn.isAfter(AgencyTime.today(clock))) {
            throw new EmploymentRefusal("employment.refused.screening.date", "The screening date is today or earlier");
        }
        records.insertScreening(person, client, what, outcome, screenedOn, clock.instant(), audit.currentActor().toString());
        audit.change(person.subject(), PurposeId.SCREENING, AuditAction.CREATE, SCREENING);
    }
}
