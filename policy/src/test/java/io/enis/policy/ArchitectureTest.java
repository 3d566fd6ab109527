package io.enis.policy;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Policy's dependency rules (DESIGN.md, "Dependency direction": {@code policy ← stacks},
 * {@code compliance → policy}): rules over Terraform JSON with Jackson only, so the compliance
 * service can use them without cdktf. (The services' copy of the cdktf package list is in the kit's
 * test-jar, which policy cannot depend on.)
 */
@AnalyzeClasses(packages = "io.enis.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCdktfOrJsii = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.hashicorp..", "software.amazon.jsii..", "software.constructs..", "imports..")
            .because("policy reads Terraform JSON and knows no cdktf or jsii (DESIGN.md, Dependency direction)");

    @ArchTest
    static final ArchRule dependsOnNoOtherEnisModule = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("io.enis..").and(not(resideInAPackage("io.enis.policy.."))))
            .because("stacks and compliance use policy, never the reverse (DESIGN.md, Dependency direction)");
}
