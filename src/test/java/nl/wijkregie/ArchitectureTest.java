package nl.wijkregie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
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

    static final ArchRule sharedHoldsNoFeatureLogic = noClasses()
            .that().resideInAPackage("nl.wijkregie.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.wijkregie.household..", "nl.wijkregie.audit..", "nl.wijkregie.casefile..",
                    "nl.wijkregie.workflow..", "nl.wijkregie.security..");

    static final ArchRule resourcesAreNotServices = noClasses()
            .that().resideInAPackage("..rest..")
            .should().haveSimpleNameEndingWith("Service");

    static final ArchRule servicesDoNotUseRestTypes = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .and().resideOutsideOfPackage("nl.wijkregie.shared..")
            .should().dependOnClassesThat().resideInAPackage("nl.wijkregie..rest..")
            .because("services return domain objects; DTOs belong to the REST layer");

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

    @Test
    void sharedHoldsNoFeatureLogic() {
        sharedHoldsNoFeatureLogic.check(CLASSES);
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
