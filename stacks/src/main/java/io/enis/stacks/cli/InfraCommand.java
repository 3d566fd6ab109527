package io.enis.stacks.cli;

import io.enis.stacks.check.PolicyGate;
import io.enis.stacks.environment.EnvironmentLoader;
import io.enis.stacks.release.ReleaseManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code infra}: the ENIS Cloud infrastructure command line. */
@Command(
        name = "infra",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "The ENIS Cloud infrastructure CLI: synthesizes the stacks (Terraform JSON) of each environment,",
            "checks them against the policy rules, compares environments, plans and applies them with Terraform,",
            "and promotes releases between environments.",
            "Environments are defined in environments/<env>.yaml (see environments/README.md)."
        },
        subcommands = {
            SynthCommand.class,
            CheckCommand.class,
            DiffCommand.class,
            DeployCommands.Plan.class,
            DeployCommands.Apply.class,
            ReleaseCommands.Promote.class,
            ReleaseCommands.Rollback.class,
            ListCommand.class,
            GraphCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 synth, policy check, refused promotion or terraform failed,",
            "2 bad input (unknown name, invalid file or option, missing prerequisite)."
        })
public final class InfraCommand {
    @Option(
            names = "--environments",
            paramLabel = "DIR",
            description = "Directory of the environment files. Default: <repository>/environments.")
    Path environments;

    private final Clock clock;
    private final Map<String, String> variables;

    /** @param clock judges suppression expiry and dates releases */
    InfraCommand(Clock clock) {
        this(clock, System.getenv());
    }

    /**
     * @param clock     judges suppression expiry and dates releases
     * @param variables the environment variables commands read (the process's; tests give their own)
     */
    InfraCommand(Clock clock, Map<String, String> variables) {
        this.clock = clock;
        this.variables = Map.copyOf(variables);
    }

    /** The environment variable {@code name}, or {@code null}. */
    String variable(String name) {
        return variables.get(name);
    }

    Path environmentsDirectory() {
        return environments != null ? environments : ProjectHome.environments();
    }

    /** A loader over {@link #environmentsDirectory()}. */
    EnvironmentLoader environmentLoader() {
        return new EnvironmentLoader(environmentsDirectory());
    }

    /** The policy gate, on this command's clock. */
    PolicyGate policyGate() {
        return new PolicyGate(clock);
    }

    /** A release manager over {@link #environmentLoader()}, on this command's clock. */
    ReleaseManager releaseManager() {
        return new ReleaseManager(environmentLoader(), clock);
    }
}
