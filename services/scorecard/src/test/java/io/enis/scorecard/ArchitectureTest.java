package io.enis.scorecard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.enis.kit.testing.ServiceArchitecture;
import java.util.Set;

/** The scorecard service's dependency rules (DESIGN.md, "Dependency direction"); see {@link ServiceArchitecture}. */
@AnalyzeClasses(packages = "io.enis.scorecard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No class outside the HTTP layer (*Routes) uses Javalin today; keep it that way. */
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
