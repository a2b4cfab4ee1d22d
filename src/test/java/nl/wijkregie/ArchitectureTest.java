package nl.wijkregie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.event.Observes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Mappings;

/** The module boundaries of docs/architecture.md, enforced. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wijkregie");

    private static final Pattern MODULE = Pattern.compile("^nl\\.wijkregie\\.([a-z]+)(\\..*)?$");

    static final ArchRule camundaStaysBehindWorkflow = noClasses()
            .that().resideOutsideOfPackages("nl.wijkregie.workflow..", "nl.wijkregie..process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the engine is reached only through the workflow module and modules' process packages");

    static final ArchRule modulesUseOnlyEachOthersRootPackage = classes()
            .should(new ArchCondition<JavaClass>("use another module only through its root package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = moduleOf(origin.getPackageName());
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        JavaClass target = dependency.getTargetClass();
                        String to = moduleOf(target.getPackageName());
                        boolean otherModule = from != null && to != null && !from.equals(to);
                        boolean intoInternals = !target.getPackageName().equals("nl.wijkregie." + to);
                        if (otherModule && intoInternals && !to.equals("shared")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    static final ArchRule resourcesAreNotServices = noClasses()
            .that().resideInAPackage("..rest..")
            .should().haveSimpleNameEndingWith("Service");

    static final ArchRule servicesDoNotUseRestTypes = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .and().resideOutsideOfPackage("nl.wijkregie.shared..")
            .should().dependOnClassesThat().resideInAPackage("nl.wijkregie..rest..")
            .because("services return domain objects; DTOs belong to the REST layer");

    /**
     * Domain events (docs/adr/0019): a {@code *Events} holder in a module's root package, one record per fact, whose
     * components are plain values (ids, codes, times) — no entity, value object or enum of a module's internals, which
     * an observer in another module could not use.
     */
    static final ArchRule eventsAreRecordsInModuleRootPackages = classes()
            .that().haveSimpleNameEndingWith("Events").and().areTopLevelClasses()
            .should(new ArchCondition<JavaClass>("be in a module root package and hold only records of plain values") {
                @Override
                public void check(JavaClass holder, ConditionEvents events) {
                    if (!holder.getPackageName().matches("nl\\.wijkregie\\.[a-z]+")) {
                        events.add(SimpleConditionEvent.violated(holder, holder.getName()
                                + " is not in a module root package"));
                    }
                    for (JavaClass event : CLASSES) {
                        if (event.getEnclosingClass().map(e -> e.equals(holder)).orElse(false)) {
                            checkEvent(event, events);
                        }
                    }
                }

                private void checkEvent(JavaClass event, ConditionEvents events) {
                    boolean record = event.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false);
                    if (!record) {
                        events.add(SimpleConditionEvent.violated(event, event.getName() + " is not a record"));
                    }
                    event.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                            .forEach(field -> field.getType().getAllInvolvedRawTypes().forEach(type -> {
                                String module = moduleOf(type.getPackageName());
                                if (module != null && !type.getPackageName().equals("nl.wijkregie." + module)) {
                                    events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                            + " has a type of a module's internals: " + type.getName()));
                                }
                            }));
                }
            });

    /** An observer in one module observes another module's events only through that module's root package. */
    static final ArchRule observersSeeOnlyRootPackageEvents = methods()
            .should(new ArchCondition<JavaMethod>("observe another module's events only from its root package") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    String from = moduleOf(method.getOwner().getPackageName());
                    for (JavaParameter parameter : method.getParameters()) {
                        if (!parameter.isAnnotatedWith(Observes.class)) {
                            continue;
                        }
                        String type = parameter.getRawType().getPackageName();
                        String to = moduleOf(type);
                        if (to != null && !to.equals(from) && !type.equals("nl.wijkregie." + to)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " observes an internal type of " + to + ": " + parameter.getRawType().getName()));
                        }
                    }
                }
            });

    /**
     * The signal module uses the case file (it opens cases); the case file's timeline knows the signal module only by
     * its events, so that the one dependency against the direction of the modules is a vocabulary, not behaviour.
     */
    static final ArchRule caseFileKnowsSignalsOnlyByTheirEvents = noClasses()
            .that().resideInAPackage("nl.wijkregie.casefile..")
            .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>(
                    "are signal classes other than SignalCaseEvents") {
                @Override
                public boolean test(JavaClass target) {
                    return target.getPackageName().startsWith("nl.wijkregie.signal")
                            && !target.getName().startsWith("nl.wijkregie.signal.SignalCaseEvents");
                }
            });

    /** The same for the referrals: the timeline renders their events and uses nothing else of the module. */
    static final ArchRule caseFileKnowsReferralsOnlyByTheirEvents = noClasses()
            .that().resideInAPackage("nl.wijkregie.casefile..")
            .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>(
                    "are waiting-list classes other than ReferralEvents") {
                @Override
                public boolean test(JavaClass target) {
                    return target.getPackageName().startsWith("nl.wijkregie.waitinglist")
                            && !target.getName().startsWith("nl.wijkregie.waitinglist.ReferralEvents");
                }
            });

    @Test
    void caseFileKnowsReferralsOnlyByTheirEvents() {
        caseFileKnowsReferralsOnlyByTheirEvents.check(CLASSES);
    }

    @Test
    void eventsAreRecordsInModuleRootPackages() {
        eventsAreRecordsInModuleRootPackages.check(CLASSES);
    }

    @Test
    void observersSeeOnlyRootPackageEvents() {
        observersSeeOnlyRootPackageEvents.check(CLASSES);
    }

    @Test
    void caseFileKnowsSignalsOnlyByTheirEvents() {
        caseFileKnowsSignalsOnlyByTheirEvents.check(CLASSES);
    }

    static final ArchRule onlyMappersBuildDomainObjectsInRest = noClasses()
            .that().resideInAPackage("nl.wijkregie..rest..")
            .and().haveSimpleNameNotEndingWith("Mapper")
            .and().haveSimpleNameNotEndingWith("MapperImpl")
            .should().callConstructorWhere(JavaConstructorCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("nl.wijkregie..domain.."))))
            .because("request JSON becomes domain input through a MapStruct mapper; resources stay thin "
                    + "(docs/architecture.md, the way a request travels)");

    static final ArchRule mappersKeepNoJsonBinding = noClasses()
            .that().resideInAPackage("nl.wijkregie..rest..")
            .and().haveSimpleNameEndingWith("Mapper")
            .should().dependOnClassesThat().resideInAPackage("jakarta.json.bind..")
            .because("a mapper needing JSON-B at runtime cannot be unit-tested: there is no implementation on the "
                    + "test classpath");

    static final ArchRule mappersHoldNoJavaInExpressions = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Mapper.class)
            .should(new ArchCondition<JavaMethod>("map without expression = \"java(...)\"") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Stream.concat(method.tryGetAnnotationOfType(Mapping.class).stream(),
                                    method.tryGetAnnotationOfType(Mappings.class).stream()
                                            .flatMap(all -> Stream.of(all.value())))
                            .filter(mapping -> !mapping.expression().isEmpty()
                                    || !mapping.defaultExpression().isEmpty())
                            .forEach(mapping -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " maps " + mapping.target() + " with an expression")));
                }
            })
            .because("rules belong in the domain or the service's read model; mappers call named methods");

    @Test
    void mappersHoldNoJavaInExpressions() {
        mappersHoldNoJavaInExpressions.check(CLASSES);
    }

    @Test
    void onlyMappersBuildDomainObjectsInRest() {
        onlyMappersBuildDomainObjectsInRest.check(CLASSES);
    }

    @Test
    void mappersKeepNoJsonBinding() {
        mappersKeepNoJsonBinding.check(CLASSES);
    }

    @Test
    void camundaStaysBehindWorkflow() {
        camundaStaysBehindWorkflow.check(CLASSES);
    }

    @Test
    void modulesUseOnlyEachOthersRootPackage() {
        modulesUseOnlyEachOthersRootPackage.check(CLASSES);
    }

    /** The stricter boundaries of issue 13, for the real code; {@link BoundaryRules} says what each one means. */
    static final BoundaryRules BOUNDARIES = new BoundaryRules("nl.wijkregie");

    @Test
    void modulesAreFreeOfCycles() {
        BOUNDARIES.modulesAreFreeOfCycles().check(CLASSES);
    }

    @Test
    void entityManagerOnlyInPersistence() {
        BOUNDARIES.entityManagerOnlyInPersistence().check(CLASSES);
    }

    @Test
    void restNeverUsesPersistence() {
        BOUNDARIES.restNeverUsesPersistence().check(CLASSES);
    }

    @Test
    void domainUsesNoContainerApis() {
        BOUNDARIES.domainUsesNoContainerApis().check(CLASSES);
    }

    @Test
    void sharedDependsOnNoModule() {
        BOUNDARIES.sharedDependsOnNoModule().check(CLASSES);
    }

    @Test
    void sharedDeclaresNoEndpoints() {
        BOUNDARIES.sharedDeclaresNoEndpoints().check(CLASSES);
    }

    @Test
    void devtoolsSwitchOnlyInDevtools() {
        BOUNDARIES.devtoolsSwitchOnlyInDevtools().check(CLASSES);
    }

    @Test
    void resourcesAreNotServices() {
        resourcesAreNotServices.check(CLASSES);
    }

    @Test
    void servicesDoNotUseRestTypes() {
        servicesDoNotUseRestTypes.check(CLASSES);
    }

    private static String moduleOf(String packageName) {
        Matcher matcher = MODULE.matcher(packageName);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
