package dk.tillid.privacy.disclosure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No path shares personal data around the disclosure ledger: only {@link Disclosures} may hand data
 * to a {@link DisclosureChannel}, and no other code may open its own way out (mail, HTTP clients,
 * sockets). The fixtures in {@code archfixture} prove that the rules catch a bypass.
 */
class DisclosureRulesTest {

    static final String[] WAYS_OUT = {"org.springframework.mail..", "jakarta.mail..", "java.net.http..",
            "org.springframework.web.client..", "org.springframework.web.reactive.function.client.."};

    /** Only the ledger delivers. */
    static final ArchRule ONLY_THE_LEDGER_DELIVERS = noClasses()
            .that().doNotHaveFullyQualifiedName(Disclosures.class.getName())
            .should().callMethod(DisclosureChannel.class, "deliver", DisclosureRequest.class, DisclosureChannel.Payload.class)
            .because("every disclosure must be recorded in the ledger before it leaves");

    /** Ways out exist only as channels of the ledger (and, later, mail to the person themselves). */
    static final ArchRule NO_OTHER_WAY_OUT = noClasses()
            .that().resideOutsideOfPackages("dk.tillid.privacy.disclosure..", "dk.tillid.notification..")
            .and().doNotImplement(DisclosureChannel.class)
            .should().dependOnClassesThat().resideInAnyPackage(WAYS_OUT)
            .because("personal data may only leave the agency through the disclosure ledger");

    @Test
    void theApplicationHasNoSharingPathAroundTheLedger() {
        JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.tillid");

        ONLY_THE_LEDGER_DELIVERS.check(application);
        NO_OTHER_WAY_OUT.allowEmptyShould(true).check(application);
    }

    @Test
    void aPathThatDeliversWithoutTheLedgerIsCaught() {
        JavaClasses bypass = new ClassFileImporter().importPackages("archfixture");

        assertThat(ONLY_THE_LEDGER_DELIVERS.evaluate(bypass).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("SneakyProfileSharing.sendProfile"));
    }

    @Test
    void aPathThatOpensItsOwnWayOutIsCaught() {
        JavaClasses bypass = new ClassFileImporter().importPackages("archfixture");

        assertThat(NO_OTHER_WAY_OUT.evaluate(bypass).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("SneakyWebhook"));
    }
}
