package dk.tillid.policy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** GDPR Art. 30(1)(a)-(g): the record generated from the shipped policy leaves no field empty. */
class RecordOfProcessingTest {

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"da", "en"})
    void noArticle30FieldIsEmpty(String language) {
        RecordOfProcessing record = RecordOfProcessing.of(PolicyFixtures.shipped());

        assertThat(record.emptyFields(Locale.forLanguageTag(language))).isEmpty();
        assertThat(record.activities(Locale.forLanguageTag(language)))
                .allSatisfy(activity -> assertThat(activity.fields()).extracting(RecordOfProcessing.Field::name)
                        .containsExactly("id", "controller", "data_protection_officer", "purpose", "legal_bases",
                                "data_subjects", "data_categories", "recipients", "third_country_transfers",
                                "erasure_time_limits", "security_measures"));
    }

    @Test
    void thereIsOneActivityPerPurpose() {
        Policy policy = PolicyFixtures.shipped();

        assertThat(RecordOfProcessing.of(policy).activities(Locale.ENGLISH)).extracting(RecordOfProcessing.Activity::id)
                .containsExactlyElementsOf(policy.purposes().stream().map(Policy.Purpose::id).toList());
    }

    @Test
    void theCheckFindsAnEmptyField() {
        Policy shipped = PolicyFixtures.shipped();
        Policy withoutMeasures = new Policy(shipped.version(), shipped.effectiveFrom(), shipped.controller(),
                shipped.dataProtectionOfficer(), shipped.supervisoryAuthority(), shipped.subjects(), shipped.legalBases(),
                shipped.categories(), shipped.purposes(), shipped.recipients(), shipped.transfers(),
                shipped.retentionRules(), shipped.consentWordings(), shipped.cookies(), shipped.rights(), List.of(),
                shipped.notice());

        assertThat(RecordOfProcessing.of(withoutMeasures).emptyFields(Locale.ENGLISH))
                .hasSize(shipped.purposes().size())
                .contains("P-PUR-1 security_measures (Art. 30(1)(g))");
    }

    @Test
    void statesThirdCountryTransfersAndTheirSafeguard() {
        RecordOfProcessing record = RecordOfProcessing.of(PolicyFixtures.read(PolicyFixtures.withTransfer()));

        RecordOfProcessing.Activity web = record.activities(Locale.ENGLISH).stream()
                .filter(activity -> activity.id().equals("P-PUR-WEB")).findFirst().orElseThrow();
        assertThat(web.thirdCountryTransfers()).singleElement().asString().contains("USA", "Data Privacy Framework");
        RecordOfProcessing.Activity matching = record.activities(Locale.ENGLISH).get(0);
        assertThat(matching.thirdCountryTransfers()).containsExactly("No transfers to third countries");
    }

    @Test
    void erasureTimeLimitsComeFromTheRetentionRules() {
        RecordOfProcessing record = RecordOfProcessing.of(PolicyFixtures.shipped());

        RecordOfProcessing.Activity suitability = record.activities(Locale.forLanguageTag("da")).stream()
                .filter(activity -> activity.id().equals("P-PUR-3")).findFirst().orElseThrow();
        assertThat(suitability.erasureTimeLimits())
                .anySatisfy(limit -> assertThat(limit).contains("seks måneder efter vores seneste kontakt"))
                .anySatisfy(limit -> assertThat(limit).contains("fem regnskabsår"));
    }
}
