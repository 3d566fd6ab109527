package io.enis.stacks.cli;

import io.enis.stacks.release.ReleaseHistory;
import io.enis.stacks.release.ReleaseManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra promote} and {@code infra rollback}: move release versions between environment files. */
final class ReleaseCommands {
    private ReleaseCommands() {}

    /** Prints an outcome; returns the exit code (1 when policy refused). */
    static int report(ReleaseManager.Outcome outcome, String target, boolean dryRun, PrintWriter out, PrintWriter err) {
        if (outcome.changes().isEmpty()) {
            out.println(target + " already runs these versions; nothing to do");
            out.flush();
            return ExitCode.OK;
        }
        outcome.changes().forEach((service, change) -> out.println("  " + service + ": " + change));
        long unexpected =
                outcome.differences().stream().filter(d -> d.unexpected()).count();
        out.println("synthesized diff of " + target + ": "
                + outcome.differences().size() + " difference(s), " + unexpected + " unexpected");
        outcome.differences()
                .forEach(d -> out.println("    " + d.kind() + " " + d.stack() + " " + d.address()
                        + (d.attribute() == null
                                ? ""
                                : "." + d.attribute() + ": " + d.fromValue() + " -> " + d.toValue())));
        out.flush();
        if (!outcome.failing().isEmpty()) {
            outcome.failing()
                    .forEach(f -> err.println("error: policy " + f.severity().label() + " " + f.ruleId() + " "
                            + f.stack() + " " + f.resource() + ": " + f.message()));
            err.println("error: refused: " + target + " would fail its policy threshold; environments/" + target
                    + ".yaml is unchanged");
            err.flush();
            return ExitCode.FAILED;
        }
        out.println(
                dryRun
                        ? "dry run: environments/" + target + ".yaml not changed"
                        : "environments/" + target + ".yaml updated; recorded release " + outcome.release());
        out.flush();
        return ExitCode.OK;
    }

    @Command(
            name = "promote",
            mixinStandardHelpOptions = true,
            description = {
                "Copies release versions (services.<name>.version, never sizes or counts) from one environment file to the next,",
                "keeping the target file's comments and layout. Validates, synthesizes and policy-checks the target first and",
                "refuses (exit 1, nothing changed) when it would fail; shows the version changes and the synthesized diff;",
                "records the release in environments/releases/<to>.yaml."
            },
            footer = {"", "Exit codes: 0 promoted (or nothing to do), 1 refused by policy, 2 bad input."})
    static final class Promote implements Callable<Integer> {
        @ParentCommand
        InfraCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "ENV",
                description = "Source environment, e.g. staging.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "ENV", description = "Target environment, e.g. prod.")
        String to;

        @Option(names = "--service", paramLabel = "NAME", description = "Only this service. Default: every service.")
        String service;

        @Option(names = "--dry-run", description = "Check and show, change nothing.")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            var loader = parent.environmentLoader();
            loader.requireKnown(from);
            loader.requireKnown(to);
            if (from.equals(to)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from and --to are both " + from);
            }
            var source = loader.load(from);
            Map<String, String> versions = new LinkedHashMap<>();
            if (service != null) {
                if (!source.services().containsKey(service)) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(),
                            "--service: '" + service + "' has no version in " + from + "; allowed: "
                                    + String.join(", ", source.services().keySet()));
                }
                versions.put(service, source.service(service).version());
            } else {
                source.services().forEach((name, spec) -> versions.put(name, spec.version()));
            }
            spec.commandLine().getOut().println("promote " + from + " -> " + to + (dryRun ? " (dry run)" : "") + ":");
            var outcome = parent.releaseManager().release(to, versions, from, dryRun);
            return report(
                    outcome,
                    to,
                    dryRun,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
    }

    @Command(
            name = "rollback",
            mixinStandardHelpOptions = true,
            description = {
                "Re-applies an earlier release of one environment (--env, required) from environments/releases/<env>.yaml",
                "the way promote does: validated, synthesized, policy-checked, recorded. Default: the release before the latest."
            },
            footer = {
                "",
                "Exit codes: 0 rolled back (or nothing to do), 1 refused by policy, 2 bad input (no such release)."
            })
    static final class Rollback implements Callable<Integer> {
        @ParentCommand
        InfraCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        EnvironmentOption env;

        @Option(
                names = "--to",
                paramLabel = "RELEASE",
                description = "Release id to return to. Default: the one before the latest.")
        String release;

        @Option(names = "--dry-run", description = "Check and show, change nothing.")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            var loader = parent.environmentLoader();
            String envName = env.required(spec);
            loader.requireKnown(envName);
            List<ReleaseHistory.Release> releases = new ReleaseHistory(loader.directory(), envName).releases();
            ReleaseHistory.Release target;
            if (release != null) {
                target = releases.stream()
                        .filter(r -> r.release().equals(release))
                        .findFirst()
                        .orElseThrow(() -> new CommandLine.ParameterException(
                                spec.commandLine(),
                                "--to: no release '" + release + "' of " + envName + "; allowed: "
                                        + String.join(
                                                ", ",
                                                releases.stream()
                                                        .map(ReleaseHistory.Release::release)
                                                        .toList())));
            } else if (releases.size() >= 2) {
                target = releases.get(releases.size() - 2);
            } else {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        envName + " has " + releases.size()
                                + " recorded release(s); a rollback needs an earlier one (environments/releases/"
                                + envName + ".yaml)");
            }
            spec.commandLine()
                    .getOut()
                    .println("rollback " + envName + " to " + target.release() + (dryRun ? " (dry run)" : "") + ":");
            var outcome =
                    parent.releaseManager().release(envName, target.versions(), "rollback:" + target.release(), dryRun);
            return report(
                    outcome,
                    envName,
                    dryRun,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
    }
}
