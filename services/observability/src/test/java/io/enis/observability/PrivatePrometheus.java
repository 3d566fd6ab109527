package io.enis.observability;

import io.enis.kit.testing.PortRetry;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus server (Debian's package, {@link PrometheusRemoteWriteTest#binary()}) on a private
 * port and data directory: by default with its remote-write receiver on, the remote engine of {@code
 * METRICS_BACKEND=remote} in tests. Its port was free a moment ago; when another process took it
 * before Prometheus bound it, the start is tried again on another ({@link PortRetry}). It can be stopped
 * and started again on the same port and data, to play an outage. Without a binary the test is skipped
 * (failed with {@code ENIS_REQUIRE_PROMETHEUS=1}).
 */
final class PrivatePrometheus implements AutoCloseable {
    static final String RECEIVER_CONFIG = "global:\n  scrape_interval: 1m\n";

    private final Path binary;
    private final Path dir;
    private final String config;
    private final List<String> flags;
    private final int port;
    private Process process;

    private PrivatePrometheus(Path binary, Path dir, String config, List<String> flags, int port) {
        this.binary = binary;
        this.dir = dir;
        this.config = config;
        this.flags = flags;
        this.port = port;
    }

    /** Starts one with the remote-write receiver on in {@code dir}, or skips the test when there is no binary. */
    static PrivatePrometheus start(Path dir) throws Exception {
        return start(dir, RECEIVER_CONFIG, "--web.enable-remote-write-receiver");
    }

    /**
     * Starts one in {@code dir} with {@code config} as its {@code prometheus.yml} and {@code flags} added
     * to its command line, or skips the test when there is no binary.
     *
     * @throws IllegalStateException with its log when it does not start on any of {@link
     *     PortRetry#ATTEMPTS} ports
     */
    static PrivatePrometheus start(Path dir, String config, String... flags) throws Exception {
        return start(PortRetry.freePorts(), dir, config, flags);
    }

    /** {@link #start(Path, String, String...)} on the ports {@code ports} gives (a test may offer a taken one first). */
    static PrivatePrometheus start(IntSupplier ports, Path dir, String config, String... flags) throws Exception {
        Path binary = PrometheusRemoteWriteTest.binary().orElse(null);
        if (binary == null) {
            if ("1".equals(System.getenv("ENIS_REQUIRE_PROMETHEUS"))) {
                throw new IllegalStateException("ENIS_REQUIRE_PROMETHEUS=1 but no Prometheus binary");
            }
            TestStores.saySkippedOnce("Prometheus", "remote metrics backend tests not run: no prometheus binary");
            Assumptions.abort("no Prometheus binary");
        }
        return PortRetry.start(ports, port -> {
            var p = new PrivatePrometheus(binary, dir, config, List.of(flags), port);
            p.start();
            return p;
        });
    }

    /**
     * Starts (again) and waits until {@code /-/ready} answers from this server (its data directory, not
     * another server's that took the port).
     *
     * @throws IllegalStateException with this start's log when it exits first (an address in use among
     *     the reasons) or is not ready within 60 s
     */
    void start() throws Exception {
        Files.writeString(dir.resolve("prometheus.yml"), config);
        Path logFile = dir.resolve("prometheus.log");
        long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn"));
        command.addAll(flags);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        var client = new TestClient(url(), null);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus on port " + port + " exited: " + log(logStart));
            }
            if (ready(client)) {
                return;
            }
            Thread.sleep(100);
        }
        stop();
        throw new IllegalStateException("Prometheus not ready within 60 s: " + log(logStart));
    }

    private boolean ready(TestClient client) {
        try {
            return client.get("/-/ready").status() == 200
                    && client.get("/api/v1/status/flags")
                            .json()
                            .path("data")
                            .path("storage.tsdb.path")
                            .asText()
                            .equals(dir.resolve("data").toString());
        } catch (RuntimeException notYet) {
            return false; // not listening yet
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops it (SIGTERM, then SIGKILL) and waits until it is gone. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** {@code http://127.0.0.1:<port>}: the query base. */
    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The remote-write receiver. */
    String writeUrl() {
        return url() + "/api/v1/write";
    }

    /** Everything it logged, over all its starts. */
    String log() {
        return log(0);
    }

    private String log(long from) {
        try {
            Path log = dir.resolve("prometheus.log");
            if (!Files.exists(log)) {
                return "(no log)";
            }
            String all = Files.readString(log);
            return all.substring((int) Math.min(from, all.length()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
