package nl.wijkregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule of {@link BoundaryRules} fails on the violations it was written for: the fixture in
 * {@code nl.wijkregie.archfixture} re-enacts them (an EntityManager in a module's root package, a mapper using a
 * repository's record, a devtools endpoint in {@code shared} whose inlined role constant hides the edge to
 * {@code security}, ...). {@link ArchitectureTest} runs the same rules against the main classes, where they pass.
 */
class BoundaryRulesFixtureTest {

    private static final String FIXTURE = "nl.wijkregie.archfixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);
    private static final BoundaryRules RULES = new BoundaryRules(FIXTURE);

    @Test
    void aCycleBetweenModulesFailsButTheDocumentedBackEdgeDoesNot() {
        String report = failureOf(RULES.modulesAreFreeOfCycles());
        assertThat(report).contains("module casefile", "module household", FIXTURE + ".household.HouseholdService")
                .doesNotContain("CaseFileTimeline").doesNotContain("module signal");
    }

    @Test
    void anEntityManagerOutsidePersistenceFails() {
        assertThat(failureOf(RULES.entityManagerOnlyInPersistence()))
                .contains(FIXTURE + ".household.ResidentDirectory").doesNotContain("SignalBatchRepository");
    }

    @Test
    void restUsingPersistenceFails() {
        assertThat(failureOf(RULES.restNeverUsesPersistence()))
                .contains(FIXTURE + ".signal.rest.SignalMapper", "SignalBatchRepository$Rejection");
    }

    @Test
    void domainUsingInjectionOrRestFailsButJpaMappingDoesNot() {
        assertThat(failureOf(RULES.domainUsesNoContainerApis()))
                .contains("jakarta.inject.Inject", "jakarta.ws.rs.core.Response")
                .doesNotContain("jakarta.persistence");
    }

    @Test
    void sharedUsingAModuleFails() {
        assertThat(failureOf(RULES.sharedDependsOnNoModule()))
                .contains(FIXTURE + ".shared.Labels", FIXTURE + ".household.HouseholdService")
                // the inlined role constant leaves no trace in the class file: this rule alone cannot see it
                .doesNotContain(FIXTURE + ".security.Roles");
    }

    @Test
    void anEndpointInSharedFailsSoTheInlinedRoleConstantIsSeen() {
        assertThat(failureOf(RULES.sharedDeclaresNoEndpoints()))
                .contains(FIXTURE + ".shared.rest.ClockResource", "jakarta.annotation.security.RolesAllowed",
                        "jakarta.ws.rs.Path");
    }

    @Test
    void checkingTheDevtoolsSwitchOutsideDevtoolsFails() {
        assertThat(failureOf(RULES.devtoolsSwitchOnlyInDevtools()))
                .contains(FIXTURE + ".shared.rest.ClockResource", FIXTURE + ".workflow.rest.WorkflowDevtoolsResource",
                        FIXTURE + ".workflow.DevtoolsSetting", FIXTURE + ".signal.rest.SignalAdminResource")
                .doesNotContain("JvmResource");
    }

    private static String failureOf(ArchRule rule) {
        Throwable failure = catchThrowable(() -> rule.check(CLASSES));
        assertThat(failure).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        return failure.getMessage();
    }
}
