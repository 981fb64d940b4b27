package be.digibank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of DESIGN.md keep their boundaries: no cycles, no use of another module's internals. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DigibankApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theCapabilityModulesExist() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString())).contains("network", "staff", "audit", "shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs")).isDirectory();
	}
}
