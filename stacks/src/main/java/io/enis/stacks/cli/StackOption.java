package io.enis.stacks.cli;

import picocli.CommandLine.Option;

/** {@code --stack}, declared once for every command that takes it (a picocli mixin). */
final class StackOption {
    @Option(
            names = "--stack",
            paramLabel = "NAME",
            description =
                    "Only this stack and the stacks it depends on: a component (platform, billing, ...) or a stack id "
                            + "(billing-dev). Default: every stack.")
    String name;
}
