package io.enis.stacks.cli;

import java.nio.file.Path;

/**
 * A generated block inside a markdown file, between {@code <!-- infra NAME:begin -->} and
 * {@code <!-- infra NAME:end -->}; commands rewrite it and tests check it is current.
 */
final class MarkdownBlock {
    private MarkdownBlock() {
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
            throw new IllegalArgumentException(file + " has no " + name + " block; add the lines " + begin + " and " + end);
        }
        return markdown.substring(0, from + begin.length()) + "\n" + content + markdown.substring(to);
    }
}
