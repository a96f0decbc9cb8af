package dk.tillid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of ARCHITECTURE.md hold: no cycles, no reaching into another module's internals. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TillidApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleSaysWhatItIsFor() throws Exception {
        for (var module : MODULES) {
            String packageInfo = module.getBasePackage().getName().replace('.', '/') + "/package-info.class";
            assertThat(getClass().getClassLoader().getResource(packageInfo))
                    .as("module %s has a package-info.java saying what it is for", module.getIdentifier())
                    .isNotNull();
        }
    }

    /** ARCHITECTURE.md principle 4: the privacy engine knows the policy and the platform, no domain module. */
    @Test
    void privacyDependsOnNoDomainModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.tillid");

        ArchRule rule = noClasses().that().resideInAPackage("dk.tillid.privacy..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.tillid.person..", "dk.tillid.identity..",
                        "dk.tillid.site..", "dk.tillid.demo..", "dk.tillid.candidate..", "dk.tillid.employment..",
                        "dk.tillid.client..", "dk.tillid.placement..", "dk.tillid.portal..", "dk.tillid.notification..");

        rule.check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
