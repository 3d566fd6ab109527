package io.enis.stacks.cli;

/** The exit codes of every {@code infra} command; each command's {@code --help} footer says which it uses. */
final class ExitCode {
    /** Done: synthesized, checked without failing findings, planned, applied, promoted or nothing to do. */
    static final int OK = 0;
    /** Synth, policy check, promotion (refused) or terraform failed. */
    static final int FAILED = 1;
    /** Bad input: an unknown name, an invalid file or option, a missing prerequisite. */
    static final int BAD_INPUT = 2;

    private ExitCode() {}
}
