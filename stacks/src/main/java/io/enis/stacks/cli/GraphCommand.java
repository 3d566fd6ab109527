package io.enis.stacks.cli;

import io.enis.stacks.graph.StackGraph;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra graph}: the stacks of one environment, their main resources and dependencies, as mermaid. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {
            "Prints the dependency graph of the stacks of one environment (and their main resources) as a mermaid flowchart.",
            "With --embed FILE, replaces the block between '<!-- infra graph:begin -->' and '<!-- infra graph:end -->' in FILE."
        })
final class GraphCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", paramLabel = "ENV", defaultValue = "dev",
            description = "Environment whose stacks are drawn. Default: ${DEFAULT-VALUE}.")
    String env;

    @Option(names = "--embed", paramLabel = "FILE",
            description = "Markdown file whose graph block to replace (e.g. docs/architecture.md).")
    Path embed;

    @Override
    public Integer call() throws IOException {
        MarkdownBlock.requireFile(spec, embed);
        Path out = Files.createTempDirectory("enis-graph-");
        try {
            var synthesizer = new Synthesizer(parent.environmentLoader());
            SynthReport report = synthesizer.synth(env, null, out.resolve("cdktf.out"));
            String mermaid = StackGraph.mermaid(out.resolve("cdktf.out"),
                    report.stacks().stream().map(SynthReport.StackResult::id).toList());
            if (embed == null) {
                spec.commandLine().getOut().print(mermaid);
            } else {
                MarkdownBlock.embed(spec, embed, "graph", "```mermaid\n" + mermaid + "```\n");
            }
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            io.enis.stacks.synth.Directories.deleteRecursively(out);
        }
    }

    /** {@code markdown} with the graph block replaced by {@code mermaid}. */
    static String embedded(String markdown, String mermaid, Path file) {
        return MarkdownBlock.replace(markdown, "graph", "```mermaid\n" + mermaid + "```\n", file);
    }
}
