package io.enis.kit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.enis.kit.testing.ServiceArchitecture;

/**
 * The kit's dependency rules (DESIGN.md, "Dependency direction": {@code services/*} → {@code services/kit}).
 * The kit is the services' HTTP bootstrap, so the Javalin rule of the services does not apply here.
 */
@AnalyzeClasses(packages = "io.enis.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No cdktf or jsii, no stacks or constructs, no policy: the rules of every service. */
    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitecture.class);

    /** Services build on the kit, never the reverse; nor does the kit use policy, constructs or stacks. */
    @ArchTest
    static final ArchRule kitDependsOnNoOtherEnisModule = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("io.enis..").and(not(resideInAPackage("io.enis.kit.."))))
            .because("the kit imports no service package (DESIGN.md, Dependency direction)");
}
