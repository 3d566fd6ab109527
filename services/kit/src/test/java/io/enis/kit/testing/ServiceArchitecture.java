package io.enis.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency rules of DESIGN.md ("Dependency direction", "Service conventions") that every
 * service and the kit obey, for their {@code ArchitectureTest}s. A rule applies to the classes the
 * test imports ({@code @AnalyzeClasses(packages = "io.enis.<service>", importOptions =
 * ImportOption.DoNotIncludeTests.class)}), so each module checks its own production code.
 *
 * <p>The rules every service obeys run with {@code @ArchTest static final ArchTests serviceRules =
 * ArchTests.in(ServiceArchitecture.class);} (the {@code @ArchTest} constants below). The compliance
 * service, the one allowed to use policy, lists the constants it needs one by one instead.
 *
 * <p>The Maven side of the same rules (what a pom may depend on) is the root pom's
 * maven-enforcer-plugin configuration.
 */
public final class ServiceArchitecture {

    /** cdktf, its providers (and the bindings generated for them), jsii and the constructs library. */
    public static final List<String> CDKTF_AND_JSII_PACKAGES =
            List.of("com.hashicorp..", "software.amazon.jsii..", "software.constructs..", "imports..");

    /** Services and the kit carry no cdktf or jsii: their jars stay small and start fast. */
    @ArchTest
    public static final ArchRule NO_CDKTF_OR_JSII = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CDKTF_AND_JSII_PACKAGES.toArray(String[]::new))
            .because("services never depend on cdktf or jsii (DESIGN.md, Dependency direction)");

    /** The infrastructure code is not a library for services: nothing but the test module uses stacks. */
    @ArchTest
    public static final ArchRule NO_STACKS_OR_CONSTRUCTS = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.enis.stacks..", "io.enis.constructs..")
            .because("services depend only on the kit; nothing but the test module depends on stacks"
                    + " (DESIGN.md, Dependency direction)");

    /** Policy rules are compliance's business; every other service leaves them alone. */
    @ArchTest
    public static final ArchRule NO_POLICY = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.enis.policy..")
            .because("only the compliance service uses policy (DESIGN.md, Dependency direction)");

    private static final String JAVALIN = "io.javalin..";

    private ServiceArchitecture() {}

    /**
     * Javalin types only in a service's HTTP layer: the classes named {@code *Routes} (with their
     * nested and anonymous classes) and any package named {@code http} or {@code routes}. Domain
     * logic has no HTTP types (DESIGN.md, Javalin's examples: "handlers are thin, domain logic has
     * no HTTP types").
     *
     * @param baseline fully qualified names of the top-level classes outside the HTTP layer that use
     *     Javalin today, tolerated until they are moved or cleaned; no class can join them, and
     *     {@link #assertBaselineCurrent} fails once one of them is clean, so the list only shrinks
     */
    public static ArchRule javalinOnlyInHttpLayer(Set<String> baseline) {
        return noClasses()
                .that(outsideHttpLayer())
                .and(notIn(baseline))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(JAVALIN)
                .because("domain logic has no HTTP types (DESIGN.md); move the Javalin code into the"
                        + " service's *Routes class or an http package");
    }

    /**
     * Fails when a baseline entry of {@link #javalinOnlyInHttpLayer} names a class that no longer
     * exists or no longer uses Javalin outside the HTTP layer: delete the entry, so the class cannot
     * regress.
     */
    public static void assertBaselineCurrent(JavaClasses classes, Set<String> baseline) {
        Set<String> stillViolating = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            if (outsideHttpLayer().test(javaClass) && usesJavalin(javaClass)) {
                stillViolating.add(topLevelName(javaClass));
            }
        }
        Set<String> stale = new TreeSet<>(baseline);
        stale.removeAll(stillViolating);
        if (!stale.isEmpty()) {
            throw new AssertionError("These classes of the Javalin baseline no longer use Javalin outside the"
                    + " HTTP layer (or are gone): remove them from the baseline so they stay clean: " + stale);
        }
    }

    private static boolean usesJavalin(JavaClass javaClass) {
        DescribedPredicate<JavaClass> javalin = JavaClass.Predicates.resideInAPackage(JAVALIN);
        return javaClass.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> javalin.test(dependency.getTargetClass()));
    }

    private static DescribedPredicate<JavaClass> outsideHttpLayer() {
        return DescribedPredicate.describe(
                "are outside the HTTP layer (*Routes classes, http and routes packages)",
                javaClass -> !inHttpLayer(javaClass));
    }

    private static boolean inHttpLayer(JavaClass javaClass) {
        String top = topLevelName(javaClass);
        String simpleName = top.substring(top.lastIndexOf('.') + 1);
        String packageName = "." + javaClass.getPackageName() + ".";
        return simpleName.endsWith("Routes") || packageName.contains(".http.") || packageName.contains(".routes.");
    }

    private static DescribedPredicate<JavaClass> notIn(Set<String> baseline) {
        return DescribedPredicate.describe(
                "are not in the baseline " + new TreeSet<>(baseline),
                javaClass -> !baseline.contains(topLevelName(javaClass)));
    }

    private static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
