package io.enis.stacks.cli;

import io.enis.stacks.graph.StackGraph;
import io.enis.stacks.synth.Directories;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra graph}: the stacks of one environment, their main resources and dependencies, as mermaid. */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the dependency graph of the stacks of one environment (--env, default "
                    + GraphCommand.DEFAULT_ENVIRONMENT + ") and their main resources as a mermaid flowchart.",
            "With --embed FILE, replaces the block between '<!-- infra graph:begin -->' and '<!-- infra graph:end -->' in FILE."
        },
        footer = {"", "Exit codes: 0 printed (or the block replaced), 1 synth failed, 2 bad input."})
final class GraphCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    /** The environment drawn when {@code --env} is not given. */
    static final String DEFAULT_ENVIRONMENT = "dev";

    @Mixin
    EnvironmentOption env;

    @Option(
            names = "--embed",
            paramLabel = "FILE",
            description = "Markdown file whose graph block to replace (e.g. docs/architecture.md).")
    Path embed;

    @Override
    public Integer call() throws IOException {
        MarkdownBlock.requireFile(spec, embed);
        Path out = Files.createTempDirectory("enis-graph-");
        try {
            var synthesizer = new Synthesizer(parent.environmentLoader());
            SynthReport report = synthesizer.synth(env.orElse(DEFAULT_ENVIRONMENT), null, out.resolve("cdktf.out"));
            String mermaid = StackGraph.mermaid(
                    out.resolve("cdktf.out"),
                    report.stacks().stream().map(SynthReport.StackResult::id).toList());
            if (embed == null) {
                spec.commandLine().getOut().print(mermaid);
            } else {
                MarkdownBlock.embed(spec, embed, "graph", "```mermaid\n" + mermaid + "```\n");
            }
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } finally {
            Directories.deleteRecursively(out);
        }
    }

    /** {@code markdown} with the graph block replaced by {@code mermaid}. */
    static String embedded(String markdown, String mermaid, Path file) {
        return MarkdownBlock.replace(markdown, "graph", "```mermaid\n" + mermaid + "```\n", file);
    }
}
