package ee.hankevoog;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module: no cycles between them, and one module uses only another's public face (the
 * types in its top package). The module map is written to target/spring-modulith-docs (README, "Layout").
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HankevoogApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleMap() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
