package io.enis.stacks.cli;

import io.enis.stacks.app.StackCatalog;
import io.enis.stacks.environment.EnvironmentLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code infra list}: environments, components and stack ids. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the environments and the stacks synthesized for each (stack id = <component>-<env>).")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var environments = new EnvironmentLoader(parent.environmentsDirectory()).names();
        out.printf("%-12s %s%n", "ENVIRONMENT", "STACKS");
        for (String env : environments) {
            out.printf("%-12s %s%n", env, String.join(" ",
                    StackCatalog.COMPONENTS.stream().map(component -> component + "-" + env).toList()));
        }
        out.flush();
        return 0;
    }
}
