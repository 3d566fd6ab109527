package io.enis.stacks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.enis.stacks.diff.EnvironmentDiff;
import io.enis.stacks.synth.Directories;
import io.enis.stacks.synth.StackCatalog;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra diff}: what differs between the synthesized stacks of two environments. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compares the synthesized stacks of two environments, with environment names and account ids normalized.",
            "Lists added and removed resources and changed attributes per stack; differences the environment files",
            "explain are marked 'environment', anything else 'unexpected' (drift to review)."
        },
        footer = {"", "Exit codes: 0 compared (differences are information), 2 bad input."})
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "ENV",
            description = "The environment compared from, e.g. staging.")
    String from;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "ENV",
            description = "The environment compared to, e.g. prod.")
    String to;

    @Mixin
    StackOption stack;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!List.of("text", "json", "markdown").contains(format)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format: '" + format + "' is not allowed; allowed: text, json, markdown");
        }
        var loader = parent.environmentLoader();
        loader.requireKnown(from);
        loader.requireKnown(to);
        List<String> components = stack.name == null
                ? StackCatalog.COMPONENTS
                : List.copyOf(StackCatalog.select(stack.name, List.of(from, to)));
        var synthesizer = new Synthesizer(loader);
        Path temp = Files.createTempDirectory("enis-diff-");
        try {
            synthesizer.synth(from, stack.name, temp.resolve("from"));
            synthesizer.synth(to, stack.name, temp.resolve("to"));
            List<EnvironmentDiff.Difference> differences = EnvironmentDiff.between(
                    loader.load(from), temp.resolve("from"), loader.load(to), temp.resolve("to"), components);
            var out = spec.commandLine().getOut();
            out.print(render(differences));
            out.flush();
            return ExitCode.OK;
        } finally {
            Directories.deleteRecursively(temp);
        }
    }

    private String render(List<EnvironmentDiff.Difference> differences) throws IOException {
        long unexpected = differences.stream()
                .filter(EnvironmentDiff.Difference::unexpected)
                .count();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json": {
                var json = new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .createObjectNode()
                        .put("from", from)
                        .put("to", to)
                        .put("unexpected", unexpected);
                json.set("differences", new ObjectMapper().valueToTree(differences));
                return new ObjectMapper()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(json) + "\n";
            }
            case "markdown": {
                StringBuilder md =
                        new StringBuilder("### " + from + " → " + to + ": " + differences.size() + " difference(s), "
                                + unexpected + " unexpected\n\n| stack | change | resource | attribute | " + from
                                + " | " + to + " | origin |\n"
                                + "|---|---|---|---|---|---|---|\n");
                for (var d : differences) {
                    md.append("| ")
                            .append(d.stack())
                            .append(" | ")
                            .append(d.kind())
                            .append(" | `")
                            .append(d.address())
                            .append("` | ")
                            .append(d.attribute() == null ? "" : "`" + d.attribute() + "`")
                            .append(" | ")
                            .append(cell(d.fromValue()))
                            .append(" | ")
                            .append(cell(d.toValue()))
                            .append(" | ")
                            .append(d.unexpected() ? "**unexpected**" : "environment")
                            .append(" |\n");
                }
                return md.toString();
            }
            default: {
                StringBuilder text = new StringBuilder();
                for (var d : differences) {
                    text.append(String.format(
                            "%-10s %-8s %-13s %s%s%n",
                            d.unexpected() ? "UNEXPECTED" : "env",
                            d.kind(),
                            d.stack(),
                            d.address(),
                            d.attribute() == null
                                    ? ""
                                    : "." + d.attribute() + ": " + shorten(d.fromValue()) + " -> "
                                            + shorten(d.toValue())));
                }
                text.append(String.format(
                        "%s -> %s: %d difference(s), %d unexpected%n", from, to, differences.size(), unexpected));
                return text.toString();
            }
        }
    }

    private static String cell(String value) {
        return value == null ? "" : "`" + shorten(value).replace("|", "\\|") + "`";
    }

    private static String shorten(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() > 80 ? value.substring(0, 77) + "..." : value;
    }
}
