package dk.tillid.employment;

import dk.tillid.policy.PurposeId;

/** The fields of the employee file whose access differs by role, with their category and purpose of reading. */
enum Field {
    CPR("cpr", "P-DATA-7", PurposeId.EMPLOYMENT),
    NATIONALITY("nationality", "P-DATA-7", PurposeId.EMPLOYMENT),
    ID_DOCUMENT("idDocument", "P-DATA-7", PurposeId.EMPLOYMENT),
    WORK_PERMIT("workPermit", "P-DATA-7", PurposeId.EMPLOYMENT),
    BANK_ACCOUNT("bankAccount", "P-DATA-9", PurposeId.EMPLOYMENT),
    ABSENCE("absence", "P-DATA-9", PurposeId.EMPLOYMENT),
    HEALTH_REASON("healthReason", "P-SENS-1", PurposeId.EMPLOYMENT),
    TIMESHEETS("timesheets", "P-DATA-9", PurposeId.EMPLOYMENT),
    SCREENING("screening", "P-DATA-10", PurposeId.SCREENING),
    CRIMINAL_RECORD("criminalRecord", "P-DATA-8", PurposeId.SCREENING);

    private final String json;
    private final String category;
    private final PurposeId purpose;

    Field(String json, String category, PurposeId purpose) {
        this.json = json;
        this.category = category;
        this.purpose = purpose;
    }

    /** The field's name in the JSON API and in the pages' {@code data-field}. */
    String json() {
        return json;
    }

    String category() {
        return category;
    }

    /** The purpose a read of this field serves (audited under it). */
    PurposeId purpose() {
        return purpose;
    }
}
