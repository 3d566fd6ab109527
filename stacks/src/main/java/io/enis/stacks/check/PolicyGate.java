package io.enis.stacks.check;

import io.enis.policy.Documents;
import io.enis.policy.Finding;
import io.enis.policy.PolicyEngine;
import io.enis.policy.Report;
import io.enis.policy.Severity;
import io.enis.stacks.environment.EnvironmentLoader;
import io.enis.stacks.synth.SynthReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs the policy rules over synthesized or given Terraform files. */
public final class PolicyGate {
    private final Clock clock;

    /** @param clock whose date judges suppression expiry */
    public PolicyGate(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks {@code files} (cdk.tf.json or plan JSON), judging suppression expiry against the clock's date.
     *
     * @throws io.enis.policy.model.InvalidDocumentException naming a file that cannot be checked
     */
    private Report check(List<Path> files) {
        Documents documents = new Documents();
        var models = documents.readAll(files);
        return new PolicyEngine(LocalDate.now(clock), documents::line).check(models);
    }

    /**
     * The outcome of a gate: the whole report and the findings that fail it.
     *
     * @param report every finding, suppressed ones included
     * @param failing unsuppressed findings at or above their environment's (or the given) threshold
     */
    public record Result(Report report, List<Finding> failing) {}

    /**
     * Checks synthesized stacks; each environment's findings are judged against its
     * {@code policy.failOn}, or against {@code override} when {@code useOverride}.
     */
    public Result checkSynthesized(
            SynthReport synthesized,
            List<String> environments,
            EnvironmentLoader loader,
            Severity override,
            boolean useOverride) {
        List<Path> files =
                synthesized.stacks().stream().map(SynthReport.StackResult::file).toList();
        Report report = check(files);
        List<Finding> failing = new ArrayList<>();
        for (String env : environments) {
            Severity threshold =
                    useOverride ? override : threshold(loader.load(env).policy().failOn());
            report.failing(threshold).stream()
                    .filter(f -> f.stack().endsWith("-" + env))
                    .forEach(failing::add);
        }
        return new Result(report, failing);
    }

    /** Checks given files against one threshold ({@code null}: nothing fails). */
    public Result checkFiles(List<Path> files, Severity threshold) {
        Report report = check(files);
        return new Result(report, report.failing(threshold));
    }

    /** The threshold of an environment's {@code policy.failOn}; {@code null} for {@code none}. */
    public static Severity threshold(String failOn) {
        return "none".equals(failOn) ? null : Severity.parse(failOn);
    }
}
