package io.enis.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's packaged jar run as its own process, as an operator runs it: {@code java -jar} with
 * only the given environment (the test JVM's database, Redis and port settings are removed), output
 * to a log file in {@code workDir}.
 */
public final class ServiceProcess {
    private ServiceProcess() {}

    /** Starts {@code jar} with {@code env} and {@code args}; output goes to {@code workDir/<log>}. */
    public static Process launch(String jar, Path workDir, String log, Map<String, String> env, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(workDir.resolve(log).toFile())
                .redirectError(workDir.resolve(log + ".err").toFile());
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("DATABASE_")
                        || k.startsWith("REDIS_")
                        || k.equals("PORT")
                        || k.startsWith("ENIS_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    /** A port that was free a moment ago. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code /health/ready} answers 200; fails if the process exits first or after 30 s. */
    public static void awaitReady(TestClient client, Process process) throws InterruptedException {
        awaitReady(client, process, Duration.ofSeconds(30));
    }

    /**
     * Waits until {@code /health/ready} answers 200; fails if the process exits first or after
     * {@code timeout} (a jar that replays a write-ahead log, or a loaded machine, may need more than 30 s).
     */
    public static void awaitReady(TestClient client, Process process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service exited early").isTrue();
            try {
                if (client.get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException starting) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service was not ready within " + timeout.toSeconds() + " s");
    }
}
