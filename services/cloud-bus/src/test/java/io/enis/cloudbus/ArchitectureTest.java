package io.enis.cloudbus;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.enis.kit.testing.ServiceArchitecture;
import java.util.Set;

/** The cloud-bus service's dependency rules (DESIGN.md, "Dependency direction"); see {@link ServiceArchitecture}. */
@AnalyzeClasses(packages = "io.enis.cloudbus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Frozen baseline: the classes outside the HTTP layer (*Routes) that use Javalin types today.
     * Being removed; nothing may be added here. Delete an entry once its class is clean (the
     * baseline test below fails until then).
     */
    static final Set<String> JAVALIN_BASELINE = Set.of();

    /** No cdktf or jsii, no stacks or constructs, no policy. */
    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule javalinOnlyInHttpLayer = ServiceArchitecture.javalinOnlyInHttpLayer(JAVALIN_BASELINE);

    @ArchTest
    static void javalinBaselineIsCurrent(JavaClasses classes) {
        ServiceArchitecture.assertBaselineCurrent(classes, JAVALIN_BASELINE);
    }
}
