package io.enis.stacks.cli;

import io.enis.policy.Severity;
import io.enis.stacks.check.PolicyGate;
import io.enis.stacks.environment.EnvironmentLoader;
import io.enis.stacks.synth.StackCatalog;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra synth}: Terraform JSON for the selected stacks and environments. */
@Command(
        name = "synth",
        mixinStandardHelpOptions = true,
        description = {
            "Synthesizes Terraform JSON to <out>/stacks/<stack>-<env>/cdk.tf.json, for every environment unless --env names one.",
            "All selected environment files are validated first; the output directory is replaced",
            "atomically, so a failed synth leaves the previous output untouched.",
            "Then the policy rules run: the command fails (exit 1) when an environment has unsuppressed",
            "findings at or above its policy.failOn; ./infra check shows them all."
        },
        footer = {"", "Exit codes: 0 synthesized, 1 synth or policy check failed, 2 bad input."})
final class SynthCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EnvironmentOption env;

    @Mixin
    StackOption stack;

    @Mixin
    OutputOption out;

    @Option(
            names = "--watch",
            description = "Stay running and synthesize again, in the same JVM, whenever an environment file changes.")
    boolean watch;

    @Override
    public Integer call() throws IOException {
        var loader = parent.environmentLoader();
        var synthesizer = new Synthesizer(loader);
        Path target = out.directory();
        if (!watch) {
            return synthAndCheck(synthesizer, loader, target);
        }
        StackCatalog.select(stack.name, synthesizer.environments(env.orAll()));
        var err = spec.commandLine().getErr();
        Runnable synthOnce = () -> {
            try {
                synthAndCheck(synthesizer, loader, target);
            } catch (RuntimeException e) {
                ErrorReporter.print(e, err);
                err.println("(previous output kept; waiting for the next change)");
                err.flush();
            }
        };
        synthOnce.run();
        try (var watcher = new EnvironmentWatcher(loader.directory())) {
            spec.commandLine().getOut().println("watching " + loader.directory() + " for changes (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            watcher.run(synthOnce);
        }
        return ExitCode.OK;
    }

    /** Synthesizes, prints the table, then gates on each environment's policy threshold (exit 1 when it fails). */
    private int synthAndCheck(Synthesizer synthesizer, EnvironmentLoader loader, Path target) {
        var out = spec.commandLine().getOut();
        SynthReport report = synthesizer.synth(env.orAll(), stack.name, target);
        SynthTable.print(report, Path.of(""), out);
        PolicyGate.Result gate = parent.policyGate()
                .checkSynthesized(report, synthesizer.environments(env.orAll()), loader, null, false);
        var counts = gate.report().counts();
        out.printf(
                "policy: %d critical, %d high, %d medium, %d low unsuppressed, %d suppressed (./infra check for details)%n",
                counts.get(Severity.CRITICAL),
                counts.get(Severity.HIGH),
                counts.get(Severity.MEDIUM),
                counts.get(Severity.LOW),
                gate.report().suppressedCount());
        out.flush();
        if (gate.failing().isEmpty()) {
            return ExitCode.OK;
        }
        var err = spec.commandLine().getErr();
        gate.failing()
                .forEach(f -> err.printf(
                        "error: policy %s %s %s %s: %s%n",
                        f.severity().label(), f.ruleId(), f.stack(), f.resource(), f.message()));
        err.println("error: policy check failed: " + gate.failing().size()
                + " finding(s) at or above the environments' policy.failOn (output written to " + target + ")");
        err.flush();
        return ExitCode.FAILED;
    }
}
