package dk.tillid.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.tillid.person.PersonId;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work permits that expire within the warning period (default 60 days, setting
 * {@code tillid.employment.permit-warning-days}) or have expired, counted from today by the one clock.
 * Shown only to roles that see work permits; checking the right to work is a legal obligation (P-PUR-10).
 */
@Service
@Transactional(readOnly = true)
class PermitWarnings {

    record Warning(PersonId person, String name, String permitType, LocalDate expiry, boolean expired) {

        @Override
        public String toString() {
            return "Warning[" + person + ", redacted]";
        }
    }

    private final EmployeeFileRepository files;
    private final EmployeeDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final int days;

    PermitWarnings(EmployeeFileRepository files, EmployeeDirectory directory, AuditTrail audit, Clock clock,
                   @Value("${tillid.employment.permit-warning-days:60}") int days) {
        this.files = files;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.days = days;
    }

    int days() {
        return days;
    }

    boolean expiresSoon(LocalDate expiry) {
        return expiry != null && !expiry.isAfter(AgencyTime.today(clock).plusDays(days));
    }

    /** Empty for a role that does not see work permits. */
    List<Warning> current() {
        if (FieldAccess.of(Viewer.current(), Field.WORK_PERMIT) != Access.VISIBLE) {
            return List.of();
        }
        LocalDate today = AgencyTime.today(clock);
        List<PersonId> people = files.permitsExpiringBy(today.plusDays(days));
        if (people.isEmpty()) {
            return List.of();
        }
        audit.read(people.stream().map(PersonId::subject).toList(), PurposeId.LEGAL_COMPLIANCE, "P-DATA-1", "P-DATA-7");
        Map<PersonId, EmployeeDirectory.Entry> names = directory.of(people).stream()
                .collect(Collectors.toMap(EmployeeDirectory.Entry::person, Function.identity()));
        return people.stream().map(person -> files.find(person).map(row -> new Warning(person,
                        names.containsKey(person) ? names.get(person).name() : "", row.permitType(), row.permitExpiry(),
                        row.permitExpiry().isBefore(today))).orElseThrow())
                .toList();
    }
}
