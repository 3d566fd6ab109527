package io.enis.stacks.cli;

import io.enis.constructs.core.InvalidPropsException;
import io.enis.stacks.environment.InvalidEnvironmentException;
import io.enis.stacks.environment.UnknownEnvironmentException;
import io.enis.stacks.synth.UnknownStackException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear message per problem on stderr, never a stack trace (unless
 * {@code ENIS_DEBUG=1}). Bad input (unknown names, invalid environment files, refused construct
 * props) exits with {@link ExitCode#BAD_INPUT}; any other failure with {@link ExitCode#FAILED}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        return print(e, cli.getErr());
    }

    /** Prints {@code e} and returns the exit code it deserves. */
    static int print(Exception e, PrintWriter err) {
        int code;
        if (e instanceof InvalidEnvironmentException invalid) {
            invalid.errors().forEach(line -> err.println("error: " + line));
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof UnknownEnvironmentException
                || e instanceof UnknownStackException
                || e instanceof InvalidPropsException
                || e instanceof CommandLine.ParameterException
                || e instanceof io.enis.policy.model.InvalidDocumentException) {
            err.println("error: " + e.getMessage());
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof io.enis.stacks.deploy.DeployException deploy) {
            err.println("error: " + deploy.getMessage());
            code = DeployCommands.exitCode(deploy);
        } else {
            err.println("error: synth failed: " + e);
            code = ExitCode.FAILED;
        }
        if ("1".equals(System.getenv("ENIS_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
