package io.enis.observability;

import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus server (Debian's package, {@link PrometheusRemoteWriteTest#binary()}) with its
 * remote-write receiver on, on a private port and data directory: the remote engine of
 * {@code METRICS_BACKEND=remote} in tests. It can be stopped and started again on the same port and
 * data, to play an outage. Without a binary the test is skipped (failed with {@code ENIS_REQUIRE_PROMETHEUS=1}).
 */
final class PrivatePrometheus implements AutoCloseable {
    private final Path binary;
    private final Path dir;
    private final int port;
    private Process process;

    private PrivatePrometheus(Path binary, Path dir, int port) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
    }

    /** Starts one in {@code dir}, or skips the test when there is no binary. */
    static PrivatePrometheus start(Path dir) throws Exception {
        Path binary = PrometheusRemoteWriteTest.binary().orElse(null);
        if (binary == null) {
            if ("1".equals(System.getenv("ENIS_REQUIRE_PROMETHEUS"))) {
                throw new IllegalStateException("ENIS_REQUIRE_PROMETHEUS=1 but no Prometheus binary");
            }
            TestStores.saySkippedOnce("Prometheus", "remote metrics backend tests not run: no prometheus binary");
            Assumptions.abort("no Prometheus binary");
        }
        var p = new PrivatePrometheus(binary, dir, ServiceProcess.freePort());
        p.start();
        return p;
    }

    /** Starts (again) and waits until {@code /-/ready} answers. */
    void start() throws Exception {
        Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 1m\n");
        process = new ProcessBuilder(
                        binary.toString(),
                        "--config.file=" + dir.resolve("prometheus.yml"),
                        "--storage.tsdb.path=" + dir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port,
                        "--web.enable-remote-write-receiver",
                        "--log.level=warn")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("prometheus.log").toFile()))
                .start();
        var client = new TestClient(url(), null);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus exited: " + log());
            }
            try {
                if (client.get("/-/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Prometheus not ready within 60 s: " + log());
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
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The remote-write receiver. */
    String writeUrl() {
        return url() + "/api/v1/write";
    }

    String log() {
        try {
            Path log = dir.resolve("prometheus.log");
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
