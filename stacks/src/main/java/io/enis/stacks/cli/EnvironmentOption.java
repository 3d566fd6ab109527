package io.enis.stacks.cli;

import io.enis.stacks.synth.Synthesizer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --env}, declared once for every command that takes it (a picocli mixin). What its absence
 * means is the command's: {@link #orAll()} (synth, check), {@link #orElse} (graph) or
 * {@link #required} (plan, apply, rollback).
 */
final class EnvironmentOption {
    @Option(
            names = "--env",
            paramLabel = "ENV",
            description =
                    "The environment: a file name of environments/ (dev, staging, prod); synth and check also take all.")
    String name;

    /** The environment given, or {@value Synthesizer#ALL} when none is. */
    String orAll() {
        return orElse(Synthesizer.ALL);
    }

    /** The environment given, or {@code fallback} when none is. */
    String orElse(String fallback) {
        return name != null ? name : fallback;
    }

    /** Whether {@code --env} was given. */
    boolean given() {
        return name != null;
    }

    /**
     * The environment given.
     *
     * @throws CommandLine.ParameterException (exit {@value ExitCode#BAD_INPUT}) when none is, worded as picocli words a missing option
     */
    String required(CommandSpec spec) {
        if (name == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--env=ENV'");
        }
        return name;
    }
}
