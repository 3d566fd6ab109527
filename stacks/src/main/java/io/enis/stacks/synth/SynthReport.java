package io.enis.stacks.synth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a synth produced: one row per stack, and the time spent building the construct tree and
 * writing the JSON.
 *
 * @param stacks the stacks written, in dependency order per environment
 * @param constructTime time spent creating stacks and constructs
 * @param synthTime time spent in cdktf's synth (resolving tokens, writing JSON)
 */
public record SynthReport(List<StackResult> stacks, Duration constructTime, Duration synthTime) {

    /**
     * One synthesized stack.
     *
     * @param id stack id, {@code <component>-<env>}
     * @param resources number of resource blocks in its {@code cdk.tf.json}
     * @param file path of its {@code cdk.tf.json}
     * @param constructTime time spent creating this stack's constructs
     */
    public record StackResult(String id, int resources, Path file, Duration constructTime) {}

    /** Total resource blocks over all stacks. */
    public int totalResources() {
        return stacks.stream().mapToInt(StackResult::resources).sum();
    }
}
