package io.enis.stacks.cli;

import io.enis.stacks.app.StackCatalog;
import io.enis.stacks.app.Synthesizer;
import io.enis.stacks.environment.EnvironmentLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infra synth}: Terraform JSON for the selected stacks and environments. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {
            "Synthesizes Terraform JSON to <out>/stacks/<stack>-<env>/cdk.tf.json.",
            "All selected environment files are validated first; the output directory is replaced",
            "atomically, so a failed synth leaves the previous output untouched."
        })
final class SynthCommand implements Callable<Integer> {
    @ParentCommand
    InfraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", paramLabel = "ENV", defaultValue = Synthesizer.ALL,
            description = "Environment to synthesize: a file name of environments/ (dev, staging, prod) or all. Default: ${DEFAULT-VALUE}.")
    String env;

    @Option(names = "--stack", paramLabel = "NAME",
            description = "Only this stack: a component (platform) or a stack id (platform-dev). Default: every stack.")
    String stack;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory. Default: <repository>/cdktf.out (under cdktf-cli: its CDKTF_OUTDIR).")
    Path out;

    @Option(names = "--watch",
            description = "Stay running and synthesize again, in the same JVM, whenever an environment file changes.")
    boolean watch;

    @Override
    public Integer call() throws IOException {
        var loader = new EnvironmentLoader(parent.environmentsDirectory());
        var synthesizer = new Synthesizer(loader);
        Path target = out != null ? out : ProjectHome.output();
        if (!watch) {
            SynthTable.print(synthesizer.synth(env, stack, target), Path.of(""), spec.commandLine().getOut());
            return 0;
        }
        StackCatalog.select(stack, synthesizer.environments(env));
        var err = spec.commandLine().getErr();
        Runnable synthOnce = () -> {
            try {
                SynthTable.print(synthesizer.synth(env, stack, target), Path.of(""), spec.commandLine().getOut());
            } catch (RuntimeException e) {
                ErrorReporter.print(e, err);
                err.println("(previous output kept; waiting for the next change)");
                err.flush();
            }
        };
        synthOnce.run();
        try (var watcher = new EnvironmentWatcher(loader.directory())) {
            spec.commandLine().getOut().println("watching " + loader.directory() + " for changes (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            watcher.run(synthOnce);
        }
        return 0;
    }
}
