package io.trustmark;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.trustmark.platform.config.ConfigDefaults;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The package rules of issue 11, checked on the main classes (target/classes) only. A feature is one of
 * {@link #FEATURES}; {@code platform} is the cross-cutting base every feature may use; {@code operations} and
 * {@code demo} sit on top, may use anything, and nothing uses them.
 */
@AnalyzeClasses(packages = "io.trustmark", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final List<String> FEATURES = List.of(
            "account", "identity", "document", "membership", "review", "forum", "notification", "api", "privacy");

    static final int MAX_BACKING_BEAN_LINES = 300;

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("io.trustmark.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a cycle makes two features one: neither can be read, tested or changed without the other");

    @ArchTest
    static final ArchRule platformDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("io.trustmark.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(packagesOf(FEATURES, "operations", "demo"))
            .because("platform is the base every feature builds on; if it knew a feature, every feature would");

    @ArchTest
    static final ArchRule onlyOperationsUsesOperations = noClasses()
            .that()
            .resideOutsideOfPackage("io.trustmark.operations..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.trustmark.operations..")
            .because("operations (health checks, metrics) reads across all features and must stay removable;"
                    + " a feature that needed it would depend on every other feature through it");

    @ArchTest
    static final ArchRule onlyDemoUsesDemo = noClasses()
            .that()
            .resideOutsideOfPackage("io.trustmark.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.trustmark.demo..")
            .because("the demo data and its filter are switched off in production; no real code path may need them");

    @ArchTest
    static final ArchRule domainDependsOnlyOnJavaPersistenceValidationAndDomain = classes()
            .that()
            .resideInAPackage("io.trustmark..domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "javax.crypto..",
                    "javax.imageio..",
                    "org.apache.commons.imaging..",
                    "com.nulabinc.zxcvbn..",
                    "jakarta.persistence..",
                    "jakarta.validation..",
                    "io.trustmark..domain..")
            .because("the domain holds the rules (ID checksum, name match, retention, tiers) and must be testable"
                    + " without a container, a request or a library that may be swapped; the JDK's own cipher and"
                    + " image codecs are plain Java, and so is Commons Imaging, the stack's header reader, which"
                    + " the intake needs to bound an image before decoding it; zxcvbn is the password policy's plain-Java"
                    + " strength estimator");

    @ArchTest
    static final ArchRule applicationAndDomainKnowNoWebLayer = noClasses()
            .that()
            .resideInAnyPackage("io.trustmark..application..", "io.trustmark..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.faces..", "jakarta.servlet..", "org.primefaces..", "org.omnifaces..", "..web..")
            .because("services are called from Faces pages, servlets, REST resources and timers alike;"
                    + " a service that needs a FacesContext or a request works only from the first");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnotherFeaturesWebOrInfrastructure = classes()
            .that()
            .resideInAnyPackage(packagesOf(FEATURES))
            .should(useOnlyTheirOwnFeaturesWebAndInfrastructure())
            .because("a feature's web and infrastructure packages are its private details;"
                    + " other features go through its application and domain packages");

    /**
     * What each feature may use besides itself and platform, as its package-info says: the graph
     * identity &lt;- account &lt;- {membership, forum, api}; document &lt;- membership &lt;- review;
     * notification &lt;- {account, membership, review}.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "identity",
            Set.of(),
            "notification",
            Set.of(),
            "account",
            Set.of("identity", "notification"),
            "document",
            Set.of("account"),
            "membership",
            Set.of("account", "identity", "document", "notification"),
            "review",
            Set.of("membership", "account", "identity", "document", "notification"),
            "forum",
            Set.of("account", "identity"),
            "api",
            Set.of("account", "identity"),
            "privacy",
            Set.of("account", "identity", "document", "membership", "review", "forum", "notification"));

    @ArchTest
    static final ArchRule featuresUseOnlyTheFeaturesBelowThem = classes()
            .that()
            .resideInAnyPackage(packagesOf(FEATURES))
            .should(useOnlyAllowedFeatures())
            .because("the features form one downward graph (see each package-info); an arrow against it is the"
                    + " first step of a cycle");

    @ArchTest
    static final ArchRule backingBeansResideInWeb = classes()
            .that()
            .haveSimpleNameEndingWith("Backing")
            .should()
            .resideInAPackage("io.trustmark..web..")
            .because("a backing bean serves one page; it belongs next to the other web classes of its feature");

    @ArchTest
    static final ArchRule pageScopedWebBeansAreNamedBacking = classes()
            .that()
            .resideInAPackage("io.trustmark..web..")
            .and()
            .areAnnotatedWith(Named.class)
            .and(areAnnotatedWithAPageScope())
            .should()
            .haveSimpleNameEndingWith("Backing")
            .because("a reader of a page's #{...} finds its bean by name; application-scoped EL helpers"
                    + " such as #{time} and #{text} are not backing beans and are not covered");

    /**
     * cluster: a session's beans travel through the Data Grid to the other node, serialized. One field of a type that
     * is not Serializable fails the whole view map silently (the node logs nothing at the default level), and after
     * a failover the page's bean starts empty: an admin's review answered 500 on the second node (ClusterIT).
     */
    @ArchTest
    static final ArchRule sessionAndViewScopedBeansHoldOnlySerializableState = classes()
            .that()
            .areAnnotatedWith(ViewScoped.class)
            .or()
            .areAnnotatedWith(SessionScoped.class)
            .should(holdOnlySerializableFields())
            .because("sessions are replicated to the other node (web.xml <distributable/>)");

    /**
     * A default written in the code as well ({@code defaultValue}) says what the configuration file says: the
     * application reads the file, a tool outside the container reads it too ({@code platform.config.ConfigDefaults}),
     * and neither may tell another story.
     */
    @ArchTest
    static final ArchRule defaultsInTheCodeAreTheConfigurationFilesDefaults = fields().that()
            .areAnnotatedWith(ConfigProperty.class)
            .should(haveTheConfigurationFilesDefault())
            .because("each setting has one safe default, in META-INF/microprofile-config.properties");

    private static ArchCondition<JavaField> haveTheConfigurationFilesDefault() {
        var file = ConfigDefaults.defaults();
        return new ArchCondition<>("have the default of META-INF/microprofile-config.properties, if any") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                var property = field.getAnnotationOfType(ConfigProperty.class);
                var inCode = property.defaultValue();
                if (inCode.equals(ConfigProperty.UNCONFIGURED_VALUE)) {
                    return;
                }
                var inFile = file.getProperty(property.name());
                if (inFile == null || !inFile.strip().equals(inCode)) {
                    events.add(SimpleConditionEvent.violated(
                            field,
                            field.getFullName() + ": " + property.name() + " = " + inCode + " in the code, " + inFile
                                    + " in the file"));
                }
            }
        };
    }

    /** ArchUnit sees classes, not lines: the size rule reads the sources. */
    @Test
    void backingBeansAreAtMost300Lines() throws IOException {
        var sources = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(sources), () -> "no " + sources.toAbsolutePath());
        List<Path> backingBeans;
        try (Stream<Path> files = Files.walk(sources)) {
            backingBeans = files.filter(file -> file.getFileName().toString().endsWith("Backing.java"))
                    .sorted()
                    .toList();
        }
        assertFalse(backingBeans.isEmpty(), () -> "no *Backing.java under " + sources.toAbsolutePath());
        var tooLong = backingBeans.stream()
                .filter(file -> lines(file) > MAX_BACKING_BEAN_LINES)
                .map(file -> sources.relativize(file) + " (" + lines(file) + " lines)")
                .toList();
        assertEquals(
                List.of(),
                tooLong,
                "backing beans over " + MAX_BACKING_BEAN_LINES + " lines; split them (steps, form holder, panels)");
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] packagesOf(List<String> features, String... more) {
        return Stream.concat(features.stream(), Stream.of(more))
                .map(name -> "io.trustmark." + name + "..")
                .toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> areAnnotatedWithAPageScope() {
        return describe(
                "are request, view, session, conversation or flow scoped",
                javaClass -> javaClass.isAnnotatedWith(RequestScoped.class)
                        || javaClass.isAnnotatedWith(ViewScoped.class)
                        || javaClass.isAnnotatedWith(SessionScoped.class)
                        || javaClass.isAnnotatedWith(ConversationScoped.class)
                        || javaClass.isAnnotatedWith(FlowScoped.class));
    }

    /** Fields kept with the bean: not static, not transient, not injected (CDI injects serializable proxies). */
    private static ArchCondition<JavaClass> holdOnlySerializableFields() {
        return new ArchCondition<>("hold only fields of serializable types") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (var field : bean.reflect().getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (java.lang.reflect.Modifier.isStatic(modifiers)
                            || java.lang.reflect.Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(jakarta.inject.Inject.class)) {
                        continue;
                    }
                    if (!serializable(field.getGenericType())) {
                        events.add(SimpleConditionEvent.violated(
                                bean,
                                bean.getName() + "." + field.getName() + " is of " + field.getGenericType()
                                        + ", not Serializable: make it so, or transient and reloaded"));
                    }
                }
            }
        };
    }

    private static boolean serializable(java.lang.reflect.Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isPrimitive() || java.io.Serializable.class.isAssignableFrom(raw);
        }
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            var raw = (Class<?>) parameterized.getRawType();
            // A List, Set or Map declared by its interface: what counts is what it holds (the copies kept are
            // java.util's serializable ones).
            boolean container = java.util.Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            return (container || java.io.Serializable.class.isAssignableFrom(raw))
                    && Stream.of(parameterized.getActualTypeArguments()).allMatch(ArchitectureTest::serializable);
        }
        return false;
    }

    private static final Pattern WEB_OR_INFRASTRUCTURE =
            Pattern.compile("io\\.trustmark\\.([a-z]+)\\.(web|infrastructure)(\\..*)?");

    private static ArchCondition<JavaClass> useOnlyTheirOwnFeaturesWebAndInfrastructure() {
        return new ArchCondition<>("use the web and infrastructure packages of no other feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var ownFeature = origin.getPackageName().split("\\.")[2];
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = WEB_OR_INFRASTRUCTURE.matcher(
                            dependency.getTargetClass().getPackageName());
                    if (target.matches()
                            && FEATURES.contains(target.group(1))
                            && !target.group(1).equals(ownFeature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyAllowedFeatures() {
        return new ArchCondition<>("use only the features their package-info allows") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var ownFeature = origin.getPackageName().split("\\.")[2];
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    var parts = dependency.getTargetClass().getPackageName().split("\\.");
                    if (parts.length > 2 && parts[0].equals("io") && parts[1].equals("trustmark")) {
                        var target = parts[2];
                        if (FEATURES.contains(target)
                                && !target.equals(ownFeature)
                                && !ALLOWED.get(ownFeature).contains(target)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            }
        };
    }
}
