package io.enis.stacks.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.environment.EnvironmentLoader;
import io.enis.stacks.environment.UnknownEnvironmentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Synthesizes the selected stacks of the selected environments into one output directory
 * ({@code <out>/stacks/<stack>/cdk.tf.json} plus cdktf's {@code manifest.json}).
 *
 * <p>Every environment is loaded and validated before any construct is created; the output is
 * written to a staging directory and swapped in only when everything succeeded, so a failed synth
 * leaves the previous output untouched. One instance can synth many times in the same JVM (watch
 * mode, tests, benchmarks): only the first synth pays for starting jsii, and that start runs in the
 * background while the environment files are validated ({@link JsiiPreload}).
 */
public final class Synthesizer {
    /** {@code --env} value selecting every environment. */
    public static final String ALL = "all";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnvironmentLoader loader;

    public Synthesizer(EnvironmentLoader loader) {
        this.loader = loader;
    }

    /**
     * Environment names selected by an {@code --env} value ({@code all} or one name).
     *
     * @throws UnknownEnvironmentException naming the valid environments
     */
    public List<String> environments(String env) {
        List<String> known = loader.names();
        if (env == null || env.equals(ALL)) {
            return known;
        }
        if (!known.contains(env)) {
            List<String> allowed = new ArrayList<>(known);
            allowed.add(ALL);
            throw new UnknownEnvironmentException(env, allowed);
        }
        return List.of(env);
    }

    /**
     * Synthesizes and publishes to {@code out}.
     *
     * @param env an environment name or {@code all}
     * @param stack a component, a stack id, or {@code null} for all
     * @throws UnknownEnvironmentException, UnknownStackException for names not known
     * @throws io.enis.stacks.environment.InvalidEnvironmentException with every problem of every selected environment file
     * @throws io.enis.constructs.core.InvalidPropsException when a construct refuses its props
     */
    public SynthReport synth(String env, String stack, Path out) {
        if (System.getenv("CDKTF_OUTDIR") != null) {
            throw new IllegalStateException(
                    "CDKTF_OUTDIR is set, so cdktf would write there and bypass the staged output; "
                            + "run through ./infra, which passes CDKTF_OUTDIR on as the output directory");
        }
        JsiiPreload.start();
        List<String> names = environments(env);
        Set<String> components = StackCatalog.select(stack, names);
        List<Environment> environments = loader.loadAll(names);
        JsiiPreload.await();

        try (StagedDirectory staged = new StagedDirectory(out)) {
            long started = System.nanoTime();
            App app = new App(AppConfig.builder()
                    .outdir(staged.path().toString())
                    .stackTraces(false)
                    .build());
            List<StackCatalog.AddedStack> added = new ArrayList<>();
            for (Environment environment : environments) {
                added.addAll(StackCatalog.addStacks(app, environment, components));
            }
            Duration constructTime = Duration.ofNanos(System.nanoTime() - started);
            long synthStarted = System.nanoTime();
            app.synth();
            Duration synthTime = Duration.ofNanos(System.nanoTime() - synthStarted);

            List<SynthReport.StackResult> results = new ArrayList<>();
            for (StackCatalog.AddedStack each : added) {
                Path relative = Path.of("stacks", each.id(), "cdk.tf.json");
                results.add(new SynthReport.StackResult(
                        each.id(),
                        countResources(staged.path().resolve(relative)),
                        out.resolve(relative),
                        each.constructTime()));
            }
            staged.publish();
            return new SynthReport(results, constructTime, synthTime);
        }
    }

    private static int countResources(Path file) {
        try {
            int count = 0;
            for (JsonNode byType : JSON.readTree(file.toFile()).path("resource")) {
                count += byType.size();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synthesized " + file, e);
        }
    }
}
