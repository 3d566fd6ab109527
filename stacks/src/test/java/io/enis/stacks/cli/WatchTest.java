package io.enis.stacks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.stacks.TestEnvironments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchTest {
    @TempDir
    Path temp;

    @Test
    void resynthesizesWhenAnEnvironmentFileChanges() throws Exception {
        Path envs = TestEnvironments.copyTo(temp.resolve("environments"));
        Path out = temp.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        Thread watcher = new Thread(() -> Main.run(
                new String[] {"--environments=" + envs, "synth", "--env", "dev", "--out", out.toString(), "--watch"},
                new PrintWriter(stdout, true),
                new PrintWriter(stderr, true)));
        watcher.start();
        try {
            awaitContains(stdout, "watching");
            Path dev = envs.resolve("dev.yaml");
            Files.writeString(dev, Files.readString(dev).replace("natGateways: one", "natGateways: perAz"));
            awaitOccurrences(stdout, "6 stack(s)", 2);
            assertThat(Files.readString(out.resolve("stacks/platform-dev/cdk.tf.json")))
                    .contains("NatGateway1");

            Files.writeString(dev, Files.readString(dev).replace("natGateways: perAz", "natGateways: sometimes"));
            // the watcher may also see the file half-written (empty) and report that first; what matters
            // is that the final content is reported and the previous output kept
            awaitContains(stderr, "network.natGateways: 'sometimes' is not allowed");
            awaitContains(stderr, "previous output kept");
            assertThat(watcher.isAlive()).isTrue();
        } finally {
            watcher.interrupt();
            watcher.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(watcher.isAlive()).isFalse();
    }

    private static void awaitContains(StringWriter writer, String text) throws InterruptedException {
        awaitOccurrences(writer, text, 1);
    }

    private static void awaitOccurrences(StringWriter writer, String text, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String content = writer.toString();
            if (content.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + count + "x '" + text + "' in:\n" + writer);
    }
}
