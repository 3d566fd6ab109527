package io.enis.stacks.cli;

import io.enis.stacks.synth.StackCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra list}: environments, components and stack ids. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the environments and the stacks synthesized for each (stack id = <component>-<env>).",
        footer = {"", "Exit codes: 0 listed, 2 bad input (an invalid environment file)."})
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(
            names = "--json",
            description = "Print JSON for scripts and pipelines: environment, region, account, stacks, CI role ARNs.")
    boolean json;

    @Override
    public Integer call() throws com.fasterxml.jackson.core.JsonProcessingException {
        var out = spec.commandLine().getOut();
        var loader = parent.environmentLoader();
        var environments = loader.names();
        if (json) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var array = mapper.createArrayNode();
            for (String env : environments) {
                var environment = loader.load(env);
                var node = array.addObject()
                        .put("environment", env)
                        .put("region", environment.account().region())
                        .put("account", environment.account().id())
                        .put("planRoleArn", environment.delivery().planRoleArn())
                        .put("applyRoleArn", environment.delivery().applyRoleArn())
                        .put("confirmApply", environment.delivery().confirmApply());
                var stacks = node.putArray("stacks");
                StackCatalog.COMPONENTS.forEach(component -> stacks.add(component + "-" + env));
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            out.flush();
            return ExitCode.OK;
        }
        out.printf("%-12s %s%n", "ENVIRONMENT", "STACKS");
        for (String env : environments) {
            out.printf(
                    "%-12s %s%n",
                    env,
                    String.join(
                            " ",
                            StackCatalog.COMPONENTS.stream()
                                    .map(component -> component + "-" + env)
                                    .toList()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
