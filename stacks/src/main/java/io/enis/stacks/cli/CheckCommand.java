package io.enis.stacks.cli;

import io.enis.policy.Severity;
import io.enis.policy.report.ComplianceSummary;
import io.enis.policy.report.ReportFormat;
import io.enis.policy.report.RuleCatalog;
import io.enis.policy.rules.Rules;
import io.enis.stacks.check.CompliancePublisher;
import io.enis.stacks.check.PolicyGate;
import io.enis.stacks.synth.Directories;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        footer = {
            "",
            "--publish URL sends each checked document (every synthesized stack, or each",
            "--file) to the scan endpoint of a compliance audit, for example",
            "  https://compliance.example/v1/compliance/audit/aud_123/scan",
            "as POST URL?stack=<stack id>, with the API key (compliance:write) read from",
            "the environment variable " + CheckCommand.PUBLISH_KEY + ", and prints what was recorded",
            "(on standard error when a json, sarif or junit report goes to standard output).",
            "It publishes even when the check fails: failing scans are evidence too.",
            "",
            "Exit codes: 0 no failing finding (and all published), 1 findings at or above",
            "the threshold, or the compliance service unreachable or failing (5xx),",
            "2 bad input: a bad option, a --publish URL that is not a scan endpoint,",
            "no " + CheckCommand.PUBLISH_KEY + ", or a document the service refused (4xx)."
        })
final class CheckCommand implements Callable<Integer> {
    /** The environment variable holding the compliance API key for {@code --publish}. */
    static final String PUBLISH_KEY = "ENIS_COMPLIANCE_API_KEY";
    /** How long one published document may take. */
    static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);

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

    @Option(
            names = "--publish",
            paramLabel = "URL",
            description = "Also send each checked document to this compliance scan endpoint of an audit "
                    + "(http(s)://<host>/v1/compliance/audit/<audit id>/scan); the API key is read from "
                    + PUBLISH_KEY + ".")
    String publish;

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
        CompliancePublisher publisher = publisher();
        Path temp = null;
        try {
            PolicyGate.Result result;
            List<CompliancePublisher.Document> documents = new ArrayList<>();
            if (!files.isEmpty()) {
                result = parent.policyGate().checkFiles(files, failOn == null ? Severity.HIGH : override);
                for (Path file : files) {
                    documents.add(new CompliancePublisher.Document(stackOf(file), file));
                }
            } else {
                temp = Files.createTempDirectory("enis-check-");
                var loader = parent.environmentLoader();
                var synthesizer = new Synthesizer(loader);
                String selected = env.orAll();
                SynthReport synthesized = synthesizer.synth(selected, stack.name, temp.resolve("cdktf.out"));
                result = parent.policyGate()
                        .checkSynthesized(
                                synthesized, synthesizer.environments(selected), loader, override, failOn != null);
                synthesized.stacks().forEach(s -> documents.add(new CompliancePublisher.Document(s.id(), s.file())));
            }
            String rendered =
                    summary ? ComplianceSummary.render(result.report()) : reportFormat.render(result.report());
            if (output != null) {
                Files.writeString(output, rendered);
            } else {
                spec.commandLine().getOut().print(rendered);
                spec.commandLine().getOut().flush();
            }
            if (publisher != null) {
                int published = publish(publisher, documents, reportFormat);
                if (published != ExitCode.OK) {
                    return published;
                }
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

    /** The publisher for {@code --publish}, or null; a bad URL or a missing key is a usage error naming the flag. */
    private CompliancePublisher publisher() {
        if (publish == null) {
            return null;
        }
        var target = parse(() -> CompliancePublisher.target(publish), "--publish");
        String key = parent.variable(PUBLISH_KEY);
        if (key == null || key.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--publish: set " + PUBLISH_KEY + " to an API key of the compliance service with compliance:write");
        }
        return new CompliancePublisher(target, key.strip(), PUBLISH_TIMEOUT);
    }

    /** Publishes {@code documents}; the lines go where they do not mix with a machine-readable report. */
    private int publish(
            CompliancePublisher publisher, List<CompliancePublisher.Document> documents, ReportFormat reportFormat)
            throws IOException {
        boolean reportOnStdout = output == null && !summary && reportFormat != ReportFormat.TEXT;
        var lines = reportOnStdout
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        try {
            for (CompliancePublisher.Published p : publisher.publish(documents)) {
                lines.println(p.describe());
            }
            lines.flush();
            return ExitCode.OK;
        } catch (CompliancePublisher.PublishException e) {
            lines.flush();
            spec.commandLine().getErr().println("error: --publish: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return e.refused() ? ExitCode.BAD_INPUT : ExitCode.FAILED;
        }
    }

    /**
     * A --file's stack name in the audit: its directory's name for a {@code cdk.tf.json}
     * ({@code cdktf.out/stacks/billing-prod/cdk.tf.json} is {@code billing-prod}), else its file name
     * without {@code .json}; characters other than A-Z a-z 0-9 . _ - become '-'.
     */
    static String stackOf(Path file) {
        Path absolute = file.toAbsolutePath();
        String name = absolute.getFileName().toString().equals("cdk.tf.json") && absolute.getParent() != null
                ? absolute.getParent().getFileName().toString()
                : absolute.getFileName().toString().replaceFirst("\\.json$", "");
        String clean = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return clean.isEmpty() ? "document" : clean.length() > 100 ? clean.substring(0, 100) : clean;
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
