package io.enis.stacks.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code ./infra}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // exit explicitly: the jsii runtime keeps a Node child process alive
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests and benchmarks). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new InfraCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }
}
