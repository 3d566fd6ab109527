package io.enis.stacks.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** One in-process CLI run: exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return of(Clock.systemUTC(), args);
    }

    /** A run with {@code variables} as its environment variables. */
    static CliRun withVariables(java.util.Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Clock.systemUTC(), variables);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run on {@code clock} (release times, suppression expiry). */
    static CliRun of(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
        return new CliRun(code, out.toString(), err.toString());
    }
}
