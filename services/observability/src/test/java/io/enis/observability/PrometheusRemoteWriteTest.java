package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus server (Debian's {@code prometheus} package) scrapes the observability service's own
 * {@code /metrics} every second and remote-writes what it scraped into {@code /v1/metrics/write} with a
 * bearer key that has only {@code metrics:write}; the test then finds those series through
 * {@code /v1/metrics/query}, their metadata through the Prometheus API, and checks in Prometheus' own
 * metrics that it sent samples and none failed.
 *
 * <p>The binary is {@code ENIS_TEST_PROMETHEUS} or {@code prometheus} on the PATH. Without one the
 * test is skipped with one line saying so, unless {@code ENIS_REQUIRE_PROMETHEUS=1} (CI), which makes it fail.
 */
class PrometheusRemoteWriteTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @TempDir
    Path promDir;

    ObservabilityFixture fx;
    PrivatePrometheus prometheus;

    @BeforeEach
    void start() throws Exception {
        Path binary = binary().orElse(null);
        if (binary == null) {
            if ("1".equals(System.getenv("ENIS_REQUIRE_PROMETHEUS"))) {
                throw new IllegalStateException(
                        "ENIS_REQUIRE_PROMETHEUS=1 but no Prometheus binary: set ENIS_TEST_PROMETHEUS "
                                + "or put prometheus on the PATH (apt-get install prometheus)");
            }
            TestStores.saySkippedOnce(
                    "Prometheus",
                    "Prometheus remote-write test not run: no prometheus binary "
                            + "(ENIS_TEST_PROMETHEUS or PATH; apt-get install prometheus; .ci/run does)");
            Assumptions.abort("no Prometheus binary");
        }
        // Prometheus stamps samples with the real time; the service's clock starts there too (queries pass their time)
        fx = new ObservabilityFixture(Store.EMBEDDED, dataDir, Map.of(), new MutableClock(Instant.now()));
        String writer = fx.admin
                .post("/v1/admin/keys", "{\"name\":\"prometheus\",\"scopes\":[\"metrics:write\"]}")
                .json()
                .get("key")
                .asText();
        URI service = URI.create(fx.service.baseUrl());
        String config = """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: observability
                    static_configs:
                      - targets: ['%1$s']
                remote_write:
                  - url: http://%1$s/v1/metrics/write
                    authorization:
                      credentials: %2$s
                    queue_config:
                      batch_send_deadline: 1s
                    metadata_config:
                      send_interval: 1s
                """.formatted(service.getHost() + ":" + service.getPort(), writer);
        // without the receiver: it writes to the service
        prometheus = PrivatePrometheus.start(promDir, config);
    }

    @AfterEach
    void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void scrapedSeriesArriveThroughRemoteWriteAndCanBeQueried() throws Exception {
        JsonNode up = await("up{job=\"observability\"} through /v1/metrics/query", () -> {
            JsonNode result = query("up{job=\"observability\"}");
            return result.isEmpty() ? null : result.get(0);
        });
        assertThat(up.get("metric").get("instance").asText())
                .isEqualTo(URI.create(fx.service.baseUrl()).getAuthority());
        assertThat(up.get("value").get(1).asText()).isEqualTo("1");

        JsonNode accepted = await("the service's own counter of accepted samples, scraped and written back", () -> {
            JsonNode result = query("observability_samples_accepted_total{job=\"observability\"}");
            return result.isEmpty() || result.get(0).get("value").get(1).asDouble() <= 0 ? null : result.get(0);
        });
        assertThat(accepted.get("metric").get("__name__").asText()).isEqualTo("observability_samples_accepted_total");

        JsonNode metadata = await("metadata Prometheus sent for the scraped families", () -> {
            JsonNode data = fx.admin
                    .get("/v1/metrics/prometheus/api/v1/metadata?metric=observability_samples_accepted_total")
                    .json()
                    .get("data")
                    .path("observability_samples_accepted_total")
                    .path(0);
            return data.path("type").asText().equals("counter") ? data : null;
        });
        assertThat(metadata.get("help").asText()).isNotNull();

        String own = new TestClient(prometheus.url(), null).get("/metrics").body();
        assertThat(prometheusCounter(own, "prometheus_remote_storage_samples_total"))
                .as("Prometheus sent samples")
                .isPositive();
        assertThat(prometheusCounter(own, "prometheus_remote_storage_samples_failed_total"))
                .as("none failed")
                .isZero();
        assertThat(prometheusCounter(own, "prometheus_remote_storage_samples_dropped_total"))
                .as("none dropped")
                .isZero();
    }

    private JsonNode query(String promql) {
        var r = fx.admin.get("/v1/metrics/query?query=" + enc(promql) + "&time="
                + Instant.now().getEpochSecond());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("data").get("result");
    }

    /** Polls until {@code probe} gives a value; fails with Prometheus' log after {@link #PATIENCE}. */
    private <T> T await(String what, Supplier<T> probe) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(prometheus.isAlive())
                    .as("Prometheus exited early:%n%s", prometheus.log())
                    .isTrue();
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(
                "not seen within " + PATIENCE.toSeconds() + " s: " + what + "\nPrometheus log:\n" + prometheus.log());
    }

    /** Sum of a counter's series in Prometheus' own exposition (0 when absent). */
    private static double prometheusCounter(String exposition, String name) {
        return exposition
                .lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** {@code ENIS_TEST_PROMETHEUS}, else {@code prometheus} on the PATH. */
    static Optional<Path> binary() {
        String configured = System.getenv("ENIS_TEST_PROMETHEUS");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException("ENIS_TEST_PROMETHEUS=" + configured + " is not an executable file");
            }
            return Optional.of(p);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "prometheus");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
