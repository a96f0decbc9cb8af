package dk.tillid.policy;

import java.util.List;
import java.util.Objects;

/**
 * A purpose of the policy, as code names it. Every module API that touches personal data states
 * one; start-up checks that the policy knows every purpose named here.
 */
public record PurposeId(String value) {

    public static final PurposeId JOB_MATCHING = new PurposeId("P-PUR-1");
    public static final PurposeId MARKETING = new PurposeId("P-PUR-2");
    public static final PurposeId SUITABILITY = new PurposeId("P-PUR-3");
    public static final PurposeId EMPLOYMENT = new PurposeId("P-PUR-4");
    public static final PurposeId ASSIGNMENT = new PurposeId("P-PUR-5");
    public static final PurposeId SCREENING = new PurposeId("P-PUR-6");
    public static final PurposeId ADMINISTRATION = new PurposeId("P-PUR-7");
    public static final PurposeId QUALITY = new PurposeId("P-PUR-8");
    public static final PurposeId SUBSIDIES = new PurposeId("P-PUR-9");
    public static final PurposeId LEGAL_COMPLIANCE = new PurposeId("P-PUR-10");
    public static final PurposeId WEBSITE = new PurposeId("P-PUR-WEB");
    /** Answering the person's own requests: access, rectification, erasure, portability (GDPR Art. 12-22). */
    public static final PurposeId DATA_SUBJECT_RIGHTS = new PurposeId("P-PUR-RIGHTS");

    static final List<PurposeId> NAMED_IN_CODE = List.of(JOB_MATCHING, MARKETING, SUITABILITY, EMPLOYMENT, ASSIGNMENT,
            SCREENING, ADMINISTRATION, QUALITY, SUBSIDIES, LEGAL_COMPLIANCE, WEBSITE, DATA_SUBJECT_RIGHTS);

    public PurposeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
