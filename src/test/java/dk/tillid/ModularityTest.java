package dk.tillid;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
