package io.enis.compliance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.enis.kit.testing.ServiceArchitecture;
import java.util.Set;

/**
 * The compliance service's dependency rules (DESIGN.md, "Dependency direction"); see {@link ServiceArchitecture}.
 * Compliance is the one service allowed to use policy, so it lists the shared rules one by one, without
 * {@link ServiceArchitecture#NO_POLICY}.
 */
@AnalyzeClasses(packages = "io.enis.compliance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No class outside the HTTP layer (*Routes) uses Javalin; keep it that way. */
    static final Set<String> JAVALIN_BASELINE = Set.of();

    @ArchTest
    static final ArchRule noCdktfOrJsii = ServiceArchitecture.NO_CDKTF_OR_JSII;

    @ArchTest
    static final ArchRule noStacksOrConstructs = ServiceArchitecture.NO_STACKS_OR_CONSTRUCTS;

    @ArchTest
    static final ArchRule javalinOnlyInHttpLayer = ServiceArchitecture.javalinOnlyInHttpLayer(JAVALIN_BASELINE);

    @ArchTest
    static void javalinBaselineIsCurrent(JavaClasses classes) {
        ServiceArchitecture.assertBaselineCurrent(classes, JAVALIN_BASELINE);
    }
}
