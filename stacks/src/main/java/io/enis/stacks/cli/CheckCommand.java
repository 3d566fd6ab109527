package io.enis.stacks.cli;

import io.enis.policy.Severity;
import io.enis.policy.report.ComplianceSummary;
import io.enis.policy.report.ReportFormat;
import io.enis.policy.report.RuleCatalog;
import io.enis.policy.rules.Rules;
import io.enis.stacks.check.PolicyGate;
import io.enis.stacks.synth.Directories;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra check}: the policy rules over our stacks or any Terraform JSON / plan JSON. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks Terraform JSON against the policy rules (docs/policy.md).",
            "Without --file: synthesizes the selected stacks (of every environment unless --env names one) into a temporary",
            "directory and checks them;",
            "each environment fails on its own policy.failOn unless --fail-on is given.",
            "With --file: checks the given files (cdk.tf.json or terraform show -json plans), from any project."
        },
        footer = {"", "Exit codes: 0 no failing finding, 1 findings at or above the threshold, 2 bad input."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EnvironmentOption env;

    @Mixin
    StackOption stack;

    @Option(
            names = "--file",
            paramLabel = "PATH",
            description = "A Terraform JSON or plan JSON file to check; repeatable.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json, sarif or junit. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description =
                    "critical, high, medium, low or none. Default: each environment's policy.failOn; high for --file.")
    String failOn;

    @Option(names = "--summary", description = "Print the per-framework compliance table instead of the findings.")
    boolean summary;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--rules", description = "Print the rule catalog (markdown) instead of checking.")
    boolean rules;

    @Option(
            names = "--embed",
            paramLabel = "FILE",
            description =
                    "With --rules: replace the block between '<!-- infra rules:begin -->' and '<!-- infra rules:end -->' in FILE.")
    Path embed;

    @Override
    public Integer call() throws IOException {
        if (rules) {
            return printRules();
        }
        ReportFormat reportFormat = parse(() -> ReportFormat.parse(format), "--format");
        Severity override = failOn == null ? null : parse(() -> PolicyGate.threshold(failOn), "--fail-on");
        if (!files.isEmpty() && (env.given() || stack.name != null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--file checks the given files; it cannot be combined with --env or --stack");
        }
        Path temp = null;
        try {
            PolicyGate.Result result;
            if (!files.isEmpty()) {
                result = parent.policyGate().checkFiles(files, failOn == null ? Severity.HIGH : override);
            } else {
                temp = Files.createTempDirectory("enis-check-");
                var loader = parent.environmentLoader();
                var synthesizer = new Synthesizer(loader);
                String selected = env.orAll();
                SynthReport synthesized = synthesizer.synth(selected, stack.name, temp.resolve("cdktf.out"));
                result = parent.policyGate()
                        .checkSynthesized(
                                synthesized, synthesizer.environments(selected), loader, override, failOn != null);
            }
            String rendered =
                    summary ? ComplianceSummary.render(result.report()) : reportFormat.render(result.report());
            if (output != null) {
                Files.writeString(output, rendered);
            } else {
                spec.commandLine().getOut().print(rendered);
                spec.commandLine().getOut().flush();
            }
            if (!result.failing().isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("error: " + result.failing().size() + " finding(s) at or above the threshold");
                spec.commandLine().getErr().flush();
                return ExitCode.FAILED;
            }
            return ExitCode.OK;
        } finally {
            if (temp != null) {
                Directories.deleteRecursively(temp);
            }
        }
    }

    private int printRules() throws IOException {
        String catalog = RuleCatalog.markdown(
                Rules.all().stream().map(rule -> rule.info()).toList());
        if (embed == null) {
            spec.commandLine().getOut().print(catalog);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        MarkdownBlock.embed(spec, embed, "rules", catalog);
        return ExitCode.OK;
    }

    private <T> T parse(java.util.function.Supplier<T> parser, String option) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
