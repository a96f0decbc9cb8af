package dk.tillid.privacy.consent;

import java.util.UUID;

import dk.tillid.RepositoryTest;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RepositoryTest
@WithMockUser(username = "dpo-consent", roles = "DPO")
class ConsentLedgerTest {

    static final String MARKETING = "marketing-2026-11-29";
    static final String HEALTH = "health-2026-11-29";
    static final String CRIMINAL_RECORD = "criminal-record-2026-11-29";

    @Autowired
    ConsentLedger ledger;

    @Autowired
    ProcessingGrounds grounds;

    final SubjectId person = new SubjectId(UUID.randomUUID());

    @Test
    void aConsentStandsUntilItIsWithdrawnAndTheFactsStay() {
        ledger.give(person, PurposeId.MARKETING, null, MARKETING, ConsentChannel.PORTAL);
        assertThat(ledger.isGiven(person, PurposeId.MARKETING, null)).isTrue();

        ledger.withdraw(person, PurposeId.MARKETING, null, ConsentChannel.EMAIL);

        assertThat(ledger.isGiven(person, PurposeId.MARKETING, null)).as("withdrawn at once").isFalse();
        assertThat(ledger.history(person)).extracting(ConsentEvent::kind, ConsentEvent::wordingVersion, ConsentEvent::channel,
                        ConsentEvent::recordedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsentEvent.Kind.GIVEN, MARKETING, ConsentChannel.PORTAL, "STAFF:dpo-consent"),
                        org.assertj.core.groups.Tuple.tuple(ConsentEvent.Kind.WITHDRAWN, MARKETING, ConsentChannel.EMAIL, "STAFF:dpo-consent"));
        assertThat(ledger.current(person)).singleElement().extracting(ConsentEvent::kind).isEqualTo(ConsentEvent.Kind.WITHDRAWN);
    }

    @Test
    void consentIsPerPurposeAndCategory() {
        ledger.give(person, PurposeId.MARKETING, null, MARKETING, ConsentChannel.PORTAL);

        assertThat(ledger.isGiven(person, PurposeId.JOB_MATCHING, null)).isFalse();
        assertThat(ledger.isGiven(person, PurposeId.MARKETING, "P-DATA-1")).isFalse();
        assertThat(ledger.isGiven(new SubjectId(UUID.randomUUID()), PurposeId.MARKETING, null)).isFalse();
    }

    @Test
    void onlyAWordingThePolicyStatesCanBeAgreedTo() {
        assertThatThrownBy(() -> ledger.give(person, PurposeId.MARKETING, null, "made-up-2020", ConsentChannel.PORTAL))
                .hasMessage("The policy has no consent wording made-up-2020 for P-PUR-2");
        assertThatThrownBy(() -> ledger.give(person, PurposeId.SUITABILITY, null, MARKETING, ConsentChannel.PORTAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withdrawingWhatWasNeverGivenChangesNothing() {
        ledger.withdraw(person, PurposeId.MARKETING, null, ConsentChannel.PORTAL);

        assertThat(ledger.history(person)).isEmpty();
    }

    @Test
    void healthDataCannotBeStoredWithoutExplicitConsentOrARecordedLegalBasis() {
        assertThatThrownBy(() -> grounds.requireFor(person, "P-SENS-1", PurposeId.EMPLOYMENT))
                .isInstanceOf(MissingGroundsException.class)
                .hasMessage("Special-category data (P-SENS-1) may only be stored with the person's explicit consent"
                        + " (GDPR art. 9(2)(a)) or a recorded legal basis (GDPR art. 9(2)(b) og databeskyttelseslovens § 12),"
                        + " and neither is on record for this person.");

        ledger.give(person, PurposeId.EMPLOYMENT, "P-SENS-1", HEALTH, ConsentChannel.LETTER);
        assertThatCode(() -> grounds.requireFor(person, "P-SENS-1", PurposeId.EMPLOYMENT)).doesNotThrowAnyException();

        ledger.withdraw(person, PurposeId.EMPLOYMENT, "P-SENS-1", ConsentChannel.PORTAL);
        assertThatThrownBy(() -> grounds.requireFor(person, "P-SENS-1", PurposeId.EMPLOYMENT))
                .isInstanceOf(MissingGroundsException.class);
    }

    @Test
    void aRecordedLegalBasisOpensTheGateUntilItEnds() {
        grounds.recordLegalBasis(person, "P-SENS-1", "ART9-2-B", "Sygedagpengeloven § 7: sick-leave documentation");
        assertThatCode(() -> grounds.requireFor(person, "P-SENS-1", PurposeId.EMPLOYMENT)).doesNotThrowAnyException();

        grounds.endLegalBasis(person, "P-SENS-1");

        assertThatThrownBy(() -> grounds.requireFor(person, "P-SENS-1", PurposeId.EMPLOYMENT))
                .isInstanceOf(MissingGroundsException.class);
        assertThat(grounds.recorded(person)).singleElement().satisfies(record -> assertThat(record.standing()).isFalse());
    }

    @Test
    void aCriminalRecordNeedsItsOwnExplicitConsent() {
        ledger.give(person, PurposeId.MARKETING, null, MARKETING, ConsentChannel.PORTAL);
        assertThatThrownBy(() -> grounds.requireFor(person, "P-DATA-8", PurposeId.SCREENING))
                .hasMessageContaining("Criminal record extract (P-DATA-8) may only be stored with the person's explicit consent");

        ledger.give(person, PurposeId.SCREENING, "P-DATA-8", CRIMINAL_RECORD, ConsentChannel.PORTAL);

        assertThatCode(() -> grounds.requireFor(person, "P-DATA-8", PurposeId.SCREENING)).doesNotThrowAnyException();
        assertThatThrownBy(() -> grounds.recordLegalBasis(person, "P-DATA-8", "DBL-8", "anything"))
                .as("for criminal records the policy allows consent only").hasMessageContaining("consent is recorded");
    }

    @Test
    void onlyBasesThePolicyAllowsForTheCategoryCanBeRecorded() {
        assertThatThrownBy(() -> grounds.recordLegalBasis(person, "P-SENS-1", "ART6-1-F", "legitimate interest"))
                .hasMessageContaining("does not allow ART6-1-F");
        assertThatThrownBy(() -> grounds.recordLegalBasis(person, "P-SENS-1", "ART9-2-A", "consent"))
                .hasMessageContaining("consent is recorded in the consent ledger");
        assertThatThrownBy(() -> grounds.recordLegalBasis(person, "P-SENS-1", "ART9-2-B", " "))
                .hasMessageContaining("needs a reference");
    }

    @Test
    void ordinaryCategoriesNeedNoExtraGround() {
        assertThatCode(() -> grounds.requireFor(person, "P-DATA-2", PurposeId.SUITABILITY)).doesNotThrowAnyException();
    }

    @Test
    void theCprNumberNeedsARecordedStatutoryBasis() {
        assertThatThrownBy(() -> grounds.requireFor(person, "P-DATA-7", PurposeId.EMPLOYMENT))
                .hasMessageContaining("a recorded legal basis (Databeskyttelseslovens § 11, stk. 2)");

        grounds.recordLegalBasis(person, "P-DATA-7", "DBL-11", "Skattekontrolloven: the employer reports income by CPR number");

        assertThatCode(() -> grounds.requireFor(person, "P-DATA-7", PurposeId.EMPLOYMENT)).doesNotThrowAnyException();
    }
}
