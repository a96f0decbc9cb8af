package dk.tillid.employment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import dk.tillid.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The field-level access matrix of the employee file (ASVS 8.2.3): which role sees which field in
 * full, masked, or not at all. A role not named here (ADMIN, DPO) is refused the whole file. A
 * member of staff with several roles gets the widest access any of them gives. Writing a field
 * needs {@link #mayWrite}.
 */
final class FieldAccess {

    private static final Map<Role, Map<Field, Access>> MATRIX = new EnumMap<>(Role.class);

    static {
        Map<Field, Access> recruiter = none();
        recruiter.put(Field.CPR, Access.MASKED);
        recruiter.put(Field.NATIONALITY, Access.VISIBLE);
        recruiter.put(Field.ID_DOCUMENT, Access.VISIBLE);
        recruiter.put(Field.WORK_PERMIT, Access.VISIBLE);
        recruiter.put(Field.ABSENCE, Access.VISIBLE);
        recruiter.put(Field.TIMESHEETS, Access.VISIBLE);
        recruiter.put(Field.SCREENING, Access.VISIBLE);
        MATRIX.put(Role.RECRUITER, recruiter);

        Map<Field, Access> payroll = none();
        payroll.put(Field.CPR, Access.VISIBLE);
        payroll.put(Field.NATIONALITY, Access.VISIBLE);
        payroll.put(Field.BANK_ACCOUNT, Access.VISIBLE);
        payroll.put(Field.ABSENCE, Access.VISIBLE);
        payroll.put(Field.HEALTH_REASON, Access.VISIBLE);
        payroll.put(Field.TIMESHEETS, Access.VISIBLE);
        MATRIX.put(Role.PAYROLL, payroll);

        Map<Field, Access> screening = none();
        screening.put(Field.SCREENING, Access.VISIBLE);
        screening.put(Field.CRIMINAL_RECORD, Access.VISIBLE);
        MATRIX.put(Role.SCREENING, screening);
    }

    private FieldAccess() {
    }

    private static Map<Field, Access> none() {
        Map<Field, Access> fields = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            fields.put(field, Access.REFUSED);
        }
        return fields;
    }

    /** Whether the viewer may open the employee file at all. */
    static boolean opensFile(Viewer viewer) {
        return viewer.roles().stream().anyMatch(MATRIX::containsKey);
    }

    static void requireFile(Viewer viewer) {
        if (!opensFile(viewer)) {
            throw new AccessDeniedException("The employee file is not for this role");
        }
    }

    static Access of(Viewer viewer, Field field) {
        Access access = Access.REFUSED;
        for (Role role : viewer.roles()) {
            access = access.or(MATRIX.getOrDefault(role, Map.of()).getOrDefault(field, Access.REFUSED));
        }
        return access;
    }

    /** Writing needs full sight of the field; the CPR number may also be entered by a recruiter at hiring. */
    static boolean mayWrite(Viewer viewer, Field field) {
        return of(viewer, field) == Access.VISIBLE || field == Field.CPR && viewer.has(Role.RECRUITER);
    }

    static void requireWrite(Viewer viewer, Field field) {
        if (!mayWrite(viewer, field)) {
            throw new AccessDeniedException("This role may not change this field");
        }
    }

    static Set<Role> rolesWithFile() {
        return MATRIX.keySet();
    }
}
