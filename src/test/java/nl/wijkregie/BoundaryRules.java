package nl.wijkregie;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The module boundaries added in issue 13, written for a root package so that the same rules run against the real
 * code ({@code nl.wijkregie}, in {@link ArchitectureTest}) and against the deliberate violations of the test-only
 * fixture ({@code nl.wijkregie.archfixture}, in {@link BoundaryRulesFixtureTest}), which proves that each rule fails
 * on what it is meant to catch.
 *
 * <p>"The domain imports no Jakarta EE, REST or Camunda" means: no container API — CDI, injection, transactions,
 * JAX-RS, servlets, EJB, security, common annotations, MicroProfile — and no engine. Allowed in {@code domain/} are
 * {@code jakarta.persistence} (entities are mapped with its annotations), {@code jakarta.validation} and
 * {@code jakarta.json} (a data format, used by the DDAS delivery as a CSV library would be).
 */
final class BoundaryRules {

    /**
     * The documented exceptions to "no cycles": the signal and waiting-list modules use the case file (open cases,
     * debt help, a referral's case), and the case file's timeline observes their {@code SignalCaseEvents} and
     * {@code ReferralEvents} (docs/adr/0019-typed-domain-events.md, docs/adr/0027-referral-lines-on-the-timeline.md).
     * {@code ArchitectureTest.caseFileKnowsSignalsOnlyByTheirEvents} and
     * {@code caseFileKnowsReferralsOnlyByTheirEvents} keep those edges to the events holders alone.
     */
    private static final List<String> DOCUMENTED_BACK_EDGE_TARGETS = List.of(".signal.SignalCaseEvents",
            ".waitinglist.ReferralEvents");

    private static final Set<String> ENDPOINT_ANNOTATIONS = Set.of("jakarta.ws.rs.Path",
            "jakarta.annotation.security.RolesAllowed", "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll");

    private final String root;

    BoundaryRules(String root) {
        this.root = root;
    }

    /** Modules (the packages right under the root) form no cycle, apart from the documented back-edge. */
    ArchRule modulesAreFreeOfCycles() {
        List<String> events = DOCUMENTED_BACK_EDGE_TARGETS.stream().map(target -> root + target).toList();
        return slices().matching(root + ".(*)..").namingSlices("module $1").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(root + ".casefile.."),
                        new DescribedPredicate<JavaClass>("are " + events + " or their records (ADR 0019, 0027)") {
                            @Override
                            public boolean test(JavaClass target) {
                                return events.stream().anyMatch(e -> target.getName().equals(e)
                                        || target.getName().startsWith(e + "$"));
                            }
                        });
    }

    /** The EntityManager (and the annotations that inject one) only in a module's {@code persistence} package. */
    ArchRule entityManagerOnlyInPersistence() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + "..persistence..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.PersistenceContext")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.PersistenceUnit")
                .because("queries are written in repositories, for their indexes (docs/architecture.md)");
    }

    /** A resource or mapper reaches data through its module's services, never through a repository or its types. */
    ArchRule restNeverUsesPersistence() {
        return noClasses().that().resideInAPackage(root + "..rest..")
                .should().dependOnClassesThat().resideInAPackage(root + "..persistence..");
    }

    /** Aggregates and value objects hold rules only: no container API, no REST, no engine (see the class Javadoc). */
    ArchRule domainUsesNoContainerApis() {
        return noClasses().that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.transaction..", "jakarta.annotation..", "jakarta.interceptor..",
                        "jakarta.servlet..", "jakarta.ejb..", "jakarta.security..", "jakarta.resource..",
                        "org.eclipse.microprofile..", "org.camunda.."));
    }

    /** {@code shared} is the base of every module and uses none of them, not even {@code security}. */
    ArchRule sharedDependsOnNoModule() {
        return noClasses().that().resideInAPackage(root + ".shared..")
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(DescribedPredicate.not(resideInAPackage(root + ".shared.."))))
                .as("no classes in " + root + ".shared should depend on another module");
    }

    /**
     * {@code shared} declares no endpoint. An endpoint's {@code @RolesAllowed(Roles.ADMIN)} names security's
     * constants, which javac inlines: the class file keeps the string, not the reference, so the dependency rules
     * cannot see that edge to {@code security}. This rule sees it.
     */
    ArchRule sharedDeclaresNoEndpoints() {
        return classes().that().resideInAPackage(root + ".shared..")
                .should(new ArchCondition<JavaClass>("declare no endpoint (@Path, role annotations)") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        Stream.concat(Stream.of(type), type.getMethods().stream()).forEach(member ->
                                ENDPOINT_ANNOTATIONS.stream()
                                        .filter(((HasAnnotations<?>) member)::isAnnotatedWith)
                                        .forEach(annotation -> events.add(SimpleConditionEvent.violated(member,
                                                member.getDescription() + " is annotated with @" + annotation))));
                    }
                });
    }

    /**
     * Every class that checks the devtools switch (uses {@code shared.Devtools} or reads {@code wijkregie.devtools}
     * itself) lives in {@code devtools}, so that what is off in production is in one place.
     */
    ArchRule devtoolsSwitchOnlyInDevtools() {
        String devtools = root + ".shared.Devtools";
        return classes().that(new DescribedPredicate<JavaClass>("check the devtools switch") {
                    @Override
                    public boolean test(JavaClass type) {
                        if (type.getName().equals(devtools)) {
                            return false;
                        }
                        return type.getDirectDependenciesFromSelf().stream()
                                .anyMatch(dependency -> dependency.getTargetClass().getName().equals(devtools))
                                || type.getFields().stream().anyMatch(BoundaryRules::readsDevtoolsSetting);
                    }
                })
                .should().resideInAPackage(root + ".devtools..")
                .allowEmptyShould(true);
    }

    private static boolean readsDevtoolsSetting(JavaField field) {
        return field.tryGetAnnotationOfType("org.eclipse.microprofile.config.inject.ConfigProperty")
                .flatMap(annotation -> annotation.get("name"))
                .map("wijkregie.devtools"::equals).orElse(false);
    }
}
