package io.enis.constructs;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The constructs library's dependency rule (DESIGN.md, "Dependency direction": {@code stacks →
 * constructs}): library users get constructs alone, so it imports no stacks, policy or service code.
 */
@AnalyzeClasses(packages = "io.enis.constructs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherEnisModule = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("io.enis..").and(not(resideInAPackage("io.enis.constructs.."))))
            .because("stacks compose the constructs, never the reverse, and only stacks and compliance use"
                    + " policy (DESIGN.md, Dependency direction)");
}
