package dk.tillid.policy;

import java.time.Period;
import java.util.List;

import dk.tillid.policy.InvalidPolicyException.Problem;
import dk.tillid.policy.Policy.Protection;
import dk.tillid.policy.Policy.RetentionTrigger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

import static dk.tillid.policy.PolicyFixtures.lineOf;
import static dk.tillid.policy.PolicyFixtures.read;
import static dk.tillid.policy.PolicyFixtures.withChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyReaderTest {

    @Test
    void theShippedPolicyHoldsEveryPromiseOfPolicyMd() {
        Policy policy = PolicyFixtures.shipped();

        assertThat(policy.controller().name()).isEqualTo("JobConnection ApS");
        assertThat(policy.controller().cvr()).isEqualTo("38349562");
        assertThat(policy.dataProtectionOfficer().title().da()).isEqualTo("Persondataansvarlig");
        assertThat(policy.subjects()).extracting(Policy.DataSubject::id)
                .contains("S-CAND", "S-EMP", "S-CONTACT", "S-VISITOR", "S-KIN");
        assertThat(policy.categories()).extracting(Policy.DataCategory::id).contains(
                "P-DATA-1", "P-DATA-2", "P-DATA-3", "P-DATA-4", "P-DATA-5", "P-DATA-6", "P-DATA-7", "P-DATA-8",
                "P-DATA-9", "P-DATA-10", "P-DATA-11", "P-DATA-12", "P-SENS-1");
        assertThat(policy.purposes()).extracting(Policy.Purpose::id).contains(
                "P-PUR-1", "P-PUR-2", "P-PUR-3", "P-PUR-4", "P-PUR-5", "P-PUR-6", "P-PUR-7", "P-PUR-8", "P-PUR-9",
                "P-PUR-10", "P-PUR-WEB");
        assertThat(policy.recipients()).extracting(Policy.Recipient::id).containsExactly(
                "P-REC-1", "P-REC-2", "P-REC-3", "P-REC-4", "P-REC-5", "P-REC-6", "P-REC-7", "P-REC-8");
        assertThat(policy.rights()).extracting(Policy.Right::id).contains(
                "P-RIGHT-1", "P-RIGHT-2", "P-RIGHT-3", "P-RIGHT-4", "P-RIGHT-5", "P-RIGHT-6", "P-RIGHT-7", "P-RIGHT-8");
    }

    @Test
    void theShippedPolicyStatesTheRetentionClocksOfThePolicy() {
        Policy policy = PolicyFixtures.shipped();

        Policy.RetentionRule candidates = policy.retentionRules().stream().filter(r -> r.id().equals("P-RET-1")).findFirst().orElseThrow();
        assertThat(candidates.subjects()).containsExactly("S-CAND");
        assertThat(candidates.trigger()).isEqualTo(RetentionTrigger.LAST_CONTACT);
        assertThat(candidates.period()).isEqualTo(Period.ofMonths(6));

        Policy.RetentionRule employees = policy.retentionRules().stream().filter(r -> r.id().equals("P-RET-2")).findFirst().orElseThrow();
        assertThat(employees.trigger()).isEqualTo(RetentionTrigger.END_OF_FISCAL_YEAR_OF_LAST_EMPLOYMENT);
        assertThat(employees.period()).isEqualTo(Period.ofYears(5));

        assertThat(policy.cookies()).filteredOn(cookie -> cookie.name().equals("tillid_stats"))
                .singleElement().satisfies(stats -> {
                    assertThat(stats.lifetime()).isEqualTo(Period.ofMonths(12));
                    assertThat(stats.necessary()).isFalse();
                    assertThat(stats.purpose()).isEqualTo("P-PUR-WEB");
                });
        assertThat(policy.cookies()).filteredOn(cookie -> cookie.name().equals("JSESSIONID"))
                .singleElement().satisfies(session -> assertThat(session.endsWithSession()).isTrue());
    }

    @Test
    void protectedCategoriesRestOnAFittingLegalBasis() {
        Policy policy = PolicyFixtures.shipped();

        assertThat(policy.category("P-DATA-7").protection()).isEqualTo(Protection.CONFIDENTIAL);
        assertThat(policy.category("P-DATA-8").protection()).isEqualTo(Protection.CRIMINAL);
        assertThat(policy.category("P-DATA-8").conditions()).containsExactly("DBL-8");
        assertThat(policy.category("P-SENS-1").protection()).isEqualTo(Protection.SPECIAL);
        assertThat(policy.purpose("P-PUR-2").consentRequired()).isTrue();
    }

    @Test
    void aPurposeNamingAnUnknownCategoryIsRefusedWithItsLine() {
        String yaml = withChange("categories: [P-DATA-1, P-DATA-2, P-DATA-3, P-DATA-4, P-DATA-6, P-DATA-REL]",
                "categories: [P-DATA-1, P-DATA-2, P-DATA-3, P-DATA-4, P-DATA-6, P-DATA-99, P-DATA-REL]");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "P-DATA-99"),
                "P-PUR-3 names unknown category 'P-DATA-99'"));
    }

    @Test
    void aRetentionRuleWithoutTriggerIsRefusedWithItsLine() {
        String yaml = withChange("""
                    trigger: last-contact
                """, "");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "- id: P-RET-1"),
                "retention rule P-RET-1 has no trigger (what starts its clock)"));
    }

    @Test
    void aSensitiveCategoryWithoutLegalBasisIsRefusedWithItsLine() {
        String yaml = withChange("""
                    conditions: [ART9-2-A, ART9-2-B]
                """, "");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "- id: P-SENS-1"),
                "category P-SENS-1 is special but names no legal basis for it under 'conditions'"));
    }

    @Test
    void aCriminalRecordRestingOnAnOrdinaryBasisIsRefused() {
        String yaml = withChange("conditions: [DBL-8]", "conditions: [ART6-1-F]");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "- id: P-DATA-8"),
                "category P-DATA-8 is criminal but none of its conditions is a legal basis of kind criminal-record"));
    }

    @Test
    void aCategoryNoPurposeUsesIsRefused() {
        String yaml = withChange("categories: [P-DATA-1, P-DATA-2, P-DATA-3, P-DATA-6, P-DATA-8, P-DATA-10]",
                "categories: [P-DATA-1, P-DATA-2, P-DATA-3, P-DATA-6, P-DATA-8]");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "- id: P-DATA-10"),
                "category P-DATA-10 is used by no purpose; data without a purpose may not be kept"));
    }

    @Test
    void aCategoryWithoutRetentionRuleForOneOfItsSubjectsIsRefused() {
        String yaml = withChange("    subjects: [S-CONTACT]\n    categories: [P-DATA-1, P-DATA-11, P-DATA-REL]",
                "    subjects: [S-CONTACT]\n    categories: [P-DATA-1, P-DATA-REL]");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "- id: P-DATA-11"),
                "category P-DATA-11 has no retention rule for subject S-CONTACT"));
    }

    @Test
    void aTrackingCookieWhosePurposeNeedsNoConsentIsRefused() {
        String stats = "  - name: tillid_stats\n    provider: {da: JobConnection (denne hjemmeside), en: JobConnection (this website)}\n";
        String yaml = withChange(stats + "    purpose: P-PUR-WEB", stats + "    purpose: P-PUR-1");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "- name: tillid_stats"),
                "cookie tillid_stats is not strictly necessary, so its purpose must require consent"));
    }

    @Test
    void aConsentWordingWherePolicyNamesNoConsentIsRefused() {
        String yaml = withChange("  - purpose: P-PUR-2\n    version: marketing-2026-11-29",
                "  - purpose: P-PUR-3\n    version: marketing-2026-11-29");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "version: marketing-2026-11-29"),
                "consent wording marketing-2026-11-29 asks for consent to P-PUR-3, but the policy names no consent as its legal basis"));
    }

    @Test
    void aMisspeltKeyIsRefusedRatherThanIgnored() {
        String yaml = withChange("""
                    trigger: last-contact
                """, """
                    triger: last-contact
                """);

        assertThat(problems(yaml)).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(yaml, "triger"));
            assertThat(problem.message()).startsWith("retention[0] has an unknown key 'triger'");
        });
    }

    @Test
    void aDuplicateIdIsRefusedNamingTheFirst() {
        String yaml = withChange("  - id: P-PUR-8\n", "  - id: P-PUR-7\n");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "  - id: P-PUR-7\n    name:\n      da: Kvalitetsmål"),
                "purpose P-PUR-7 is declared twice (first on line " + lineOf(yaml, "- id: P-PUR-7") + ")"));
    }

    @Test
    void anUnknownRetentionTriggerNamesTheChoices() {
        String yaml = withChange("trigger: last-contact", "trigger: whenever");

        assertThat(problems(yaml)).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(yaml, "whenever"));
            assertThat(problem.message()).contains("'whenever'", "last-contact", "end-of-fiscal-year-of-last-employment");
        });
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        String yaml = withChange("  version: \"2026-11-29\"", "  version: [\"2026-11-29\"");

        assertThat(problems(yaml)).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("not valid YAML");
            assertThat(problem.line()).isBetween(lineOf(yaml, "version:"), lineOf(yaml, "version:") + 2);
        });
    }

    @Test
    void aControlCharacterPastedFromAWordProcessorIsReportedNotThrown() {
        String yaml = withChange("name: JobConnection ApS", "name: JobConnection\u000B ApS");

        assertThat(problems(yaml)).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("not valid YAML"));
    }

    @Test
    void webAddressesMustBeHttps() {
        String yaml = withChange("website: https://www.jobconnection.dk", "website: javascript:alert(1)");

        assertThat(problems(yaml)).contains(new Problem(lineOf(yaml, "javascript:"),
                "controller.website must be an https:// address, not 'javascript:alert(1)'"));
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() {
        String yaml = withChange("trigger: last-contact", "trigger: whenever")
                .replace("conditions: [DBL-8]", "conditions: [NO-SUCH-BASIS]");

        assertThat(problems(yaml)).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(problem -> assertThat(problem.message()).contains("whenever"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("NO-SUCH-BASIS"));
    }

    private static List<Problem> problems(String yaml) {
        InvalidPolicyException failure = catchThrowableOfType(InvalidPolicyException.class, () -> read(yaml));
        assertThat(failure).as("the policy is refused").isNotNull();
        assertThat(failure.getMessage()).startsWith("The privacy policy Byte array resource [test policy] is inconsistent:");
        return failure.problems();
    }

    @Test
    void aMissingFileIsReported() {
        assertThatThrownBy(() -> PolicyReader.read(new FileSystemResource("/nonexistent/policy.yaml")))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("the file does not exist");
    }
}
