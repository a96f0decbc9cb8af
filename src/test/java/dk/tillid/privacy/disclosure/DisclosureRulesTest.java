package dk.tillid.privacy.disclosure;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
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

    static final String[] WAYS_OUT = {"org.springframework.mail..", "jakarta.mail..", "javax.mail..", "java.net.http..",
            "javax.net..", "org.springframework.web.client..", "org.springframework.web.reactive.function.client..",
            "org.apache.hc..", "org.apache.http..", "okhttp3..", "com.jcraft.jsch..", "org.apache.sshd.."};

    static final String[] WAY_OUT_CLASSES = {"java.net.Socket", "java.net.URL", "java.net.URLConnection",
            "java.net.HttpURLConnection", "java.net.DatagramSocket", "java.nio.channels.SocketChannel"};

    /** Only the ledger hands data to a channel: by a call on any channel type, or by a method reference. */
    static final ArchRule ONLY_THE_LEDGER_DELIVERS = noClasses()
            .that().doNotHaveFullyQualifiedName(Disclosures.class.getName())
            .should().accessTargetWhere(JavaAccess.Predicates.target(HasName.Predicates.name("deliver"))
                    .and(JavaAccess.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.assignableTo(DisclosureChannel.class)))))
            .because("every disclosure must be recorded in the ledger before it leaves");

    /**
     * Ways out (mail, HTTP, sockets) exist only in the ledger's own package, where channels live, and
     * in notification (mail to the person themselves, which is no disclosure).
     */
    static final ArchRule NO_OTHER_WAY_OUT = noClasses()
            .that().resideOutsideOfPackages("dk.tillid.privacy.disclosure..", "dk.tillid.notification..")
            .should().dependOnClassesThat().resideInAnyPackage(WAYS_OUT)
            .orShould().dependOnClassesThat().haveFullyQualifiedName(WAY_OUT_CLASSES[0])
            .orShould().dependOnClassesThat().haveFullyQualifiedName(WAY_OUT_CLASSES[1])
            .orShould().dependOnClassesThat().haveFullyQualifiedName(WAY_OUT_CLASSES[2])
            .orShould().dependOnClassesThat().haveFullyQualifiedName(WAY_OUT_CLASSES[3])
            .orShould().dependOnClassesThat().haveFullyQualifiedName(WAY_OUT_CLASSES[4])
            .orShould().dependOnClassesThat().haveFullyQualifiedName(WAY_OUT_CLASSES[5])
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
                .anySatisfy(line -> assertThat(line).contains("SneakyWebhook"))
                .anySatisfy(line -> assertThat(line).contains("SneakySocket"));
    }

    @Test
    void aDeliveryThroughAConcreteChannelOrAMethodReferenceIsCaught() {
        JavaClasses bypass = new ClassFileImporter().importPackages("archfixture");

        assertThat(ONLY_THE_LEDGER_DELIVERS.evaluate(bypass).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("SneakyConcreteChannel.send"))
                .anySatisfy(line -> assertThat(line).contains("SneakyMethodReference"));
    }
}
