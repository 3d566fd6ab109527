package io.enis.stacks.cli;

import java.nio.file.Path;

/**
 * A generated block inside a markdown file, between {@code <!-- infra NAME:begin -->} and
 * {@code <!-- infra NAME:end -->}; commands rewrite it and tests check it is current.
 */
final class MarkdownBlock {
    private MarkdownBlock() {}

    /** Refuses a missing file before any work is done: a usage error naming the option. */
    static void requireFile(picocli.CommandLine.Model.CommandSpec spec, Path file) {
        if (file != null && !java.nio.file.Files.isRegularFile(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--embed: " + file + " is not a file");
        }
    }

    /**
     * Replaces the block {@code name} of {@code file} with {@code content} and says so on the
     * command's output; a file without the block is a usage error naming the markers.
     */
    static void embed(picocli.CommandLine.Model.CommandSpec spec, Path file, String name, String content)
            throws java.io.IOException {
        requireFile(spec, file);
        String updated;
        try {
            updated = replace(java.nio.file.Files.readString(file), name, content, file);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--embed: " + e.getMessage());
        }
        java.nio.file.Files.writeString(file, updated);
        spec.commandLine().getOut().println("updated the " + name + " block in " + file);
        spec.commandLine().getOut().flush();
    }

    /**
     * {@code markdown} with the block {@code name} replaced by {@code content}.
     *
     * @throws IllegalArgumentException naming {@code file} and the markers when the block is missing
     */
    static String replace(String markdown, String name, String content, Path file) {
        String begin = "<!-- infra " + name + ":begin -->";
        String end = "<!-- infra " + name + ":end -->";
        int from = markdown.indexOf(begin);
        int to = markdown.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(
                    file + " has no " + name + " block; add the lines " + begin + " and " + end);
        }
        return markdown.substring(0, from + begin.length()) + "\n" + content + markdown.substring(to);
    }
}
