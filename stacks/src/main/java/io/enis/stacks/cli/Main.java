package io.enis.stacks.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of {@code ./infra}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // exit explicitly: the jsii runtime keeps a Node child process alive
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams on the system clock and returns the exit code (used by tests and benchmarks). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemUTC());
    }

    /** Runs the CLI with the given streams and clock (release times, suppression expiry) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, out, err, clock, System.getenv());
    }

    /**
     * Runs the CLI with the given streams, clock and environment variables (instead of the process's:
     * {@code ENIS_COMPLIANCE_API_KEY} for {@code check --publish}) and returns the exit code.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Map<String, String> variables) {
        CommandLine cli = new CommandLine(new InfraCommand(clock, variables));
        cli.setOut(out);
        cli.setErr(err);
        useExitCodes(cli);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }

    /** picocli's own outcomes (usage errors, help, uncaught failures) end with {@link ExitCode}'s codes, in every subcommand. */
    private static void useExitCodes(CommandLine cli) {
        cli.getCommandSpec()
                .exitCodeOnSuccess(ExitCode.OK)
                .exitCodeOnUsageHelp(ExitCode.OK)
                .exitCodeOnVersionHelp(ExitCode.OK)
                .exitCodeOnInvalidInput(ExitCode.BAD_INPUT)
                .exitCodeOnExecutionException(ExitCode.FAILED);
        cli.getSubcommands().values().forEach(Main::useExitCodes);
    }
}
