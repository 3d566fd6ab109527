package io.enis.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as an operator runs it: {@code java -jar}, no configuration, SIGTERM, restart. */
class ObservabilityJarIT {
    @TempDir
    Path work;

    private static final String JAR = System.getProperty("service.jar", "target/enis-observability.jar");

    private Process launch(Map<String, String> env, String... args) throws IOException {
        return ServiceProcess.launch(JAR, work, "stdout.log", env, args);
    }

    @Test
    void helpListsEverySetting() throws Exception {
        Process p = launch(Map.of(), "--help");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        String help = Files.readString(work.resolve("stdout.log"));
        assertThat(help)
                .contains(
                        "PORT",
                        "DATABASE_URL",
                        "ENIS_ADMIN_API_KEY",
                        "LOG_LEVEL",
                        "RATE_LIMIT_PER_MINUTE",
                        "METRICS_RETENTION",
                        "OUT_OF_ORDER_WINDOW",
                        "(default: 20000)",
                        "METRICS_BACKEND",
                        "METRICS_REMOTE_WRITE_URL",
                        "METRICS_REMOTE_QUERY_URL",
                        "METRICS_REMOTE_TENANCY",
                        "TRACES_FORWARD_URL");
    }

    @Test
    void invalidConfigurationExitsWith2AndNamesTheVariables() throws Exception {
        Process p = launch(Map.of(
                "PORT", "eighty", "METRICS_RETENTION", "forever", "ALERT_CLOUD_BUS_URL", "http://cloud-bus/v1/events"));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        String err = Files.readString(work.resolve("stdout.log.err"));
        assertThat(err)
                .contains(
                        "PORT='eighty'",
                        "METRICS_RETENTION='forever'",
                        "ALERT_CLOUD_BUS_URL and ALERT_CLOUD_BUS_API_KEY: set both or neither")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void startsWithoutConfigurationStopsOnSigtermAndKeepsAcknowledgedSamples() throws Exception {
        Map<String, String> env = Map.of(
                "ENIS_ADMIN_API_KEY",
                TestStores.ADMIN_KEY,
                "DATA_DIR",
                work.resolve("data").toString());
        var firstRun = ServiceProcess.startReady(JAR, work, "stdout.log", env);
        Process first = firstRun.process();
        var client = firstRun.client(TestStores.ADMIN_KEY);
        String now = Instant.now().toString();
        var collected = client.post(
                "/v1/metrics/collect", "{\"name\":\"restarts_survived\",\"value\":1,\"timestamp\":\"" + now + "\"}");
        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);

        first.destroy();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        List<String> lines = Files.readAllLines(work.resolve("stdout.log"), StandardCharsets.UTF_8);
        JsonNode stopped = lines.stream()
                .map(ObservabilityJarIT::json)
                .filter(j -> j.path("message").asText().equals("observability stopped"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 'observability stopped' JSON log line in " + lines));
        assertThat(stopped.get("level").asText()).isEqualTo("INFO");
        assertThat(lines.stream()
                        .map(ObservabilityJarIT::json)
                        .anyMatch(j -> j.path("http_path").asText().equals("/v1/metrics/collect")))
                .as("structured access log")
                .isTrue();

        assertThat(lines.stream()
                        .map(ObservabilityJarIT::json)
                        .anyMatch(j -> j.path("message").asText().startsWith("checkpoint: 1 series")))
                .as("a checkpoint is written at shutdown")
                .isTrue();

        var secondRun = ServiceProcess.startReady(JAR, work, "stdout.log", env);
        Process second = secondRun.process();
        try {
            client = secondRun.client(TestStores.ADMIN_KEY);
            var r = client.get("/v1/metrics/query?query=restarts_survived");
            assertThat(r.json().get("data").get("result"))
                    .as("from the checkpoint")
                    .hasSize(1);
            var after = client.post(
                    "/v1/metrics/collect", "{\"name\":\"after_checkpoint\",\"value\":2,\"timestamp\":\"" + now + "\"}");
            assertThat(after.status()).isEqualTo(200);
        } finally {
            second.destroyForcibly(); // SIGKILL: no checkpoint, the sample is only in the write-ahead log
            second.waitFor(30, TimeUnit.SECONDS);
        }

        var thirdRun = ServiceProcess.startReady(JAR, work, "stdout.log", env);
        Process third = thirdRun.process();
        try {
            client = thirdRun.client(TestStores.ADMIN_KEY);
            var r = client.get("/v1/metrics/query?query="
                    + java.net.URLEncoder.encode(
                            "{__name__=~\"restarts_survived|after_checkpoint\"}", StandardCharsets.UTF_8));
            assertThat(r.json().get("data").get("result"))
                    .as("checkpoint plus the log written after it")
                    .hasSize(2);
        } finally {
            third.destroy();
            third.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedSpanIsReadableAfterTheProcessIsKilled() throws Exception {
        Map<String, String> env = Map.of(
                "ENIS_ADMIN_API_KEY",
                TestStores.ADMIN_KEY,
                "DATA_DIR",
                work.resolve("data").toString());
        var firstRun = ServiceProcess.startReady(JAR, work, "stdout.log", env);
        Process first = firstRun.process();
        var client = firstRun.client(TestStores.ADMIN_KEY);
        List<String> acknowledged = new java.util.ArrayList<>();
        try {
            Instant start = Instant.now();
            for (int i = 1; i <= 40; i++) {
                String trace = "%032x".formatted(0xabc000L + i);
                var r = client.post("/v1/traces/span", """
                        {"traceId": "%s", "spanId": "%016x", "service": "checkout", "operation": "GET /cart",
                         "kind": "server", "startTime": "%s", "durationMs": 5, "attributes": {"n": "%d"}}""".formatted(trace, i, start.plusMillis(i), i));
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                acknowledged.add(trace);
            }
        } finally {
            first.destroyForcibly(); // SIGKILL right after the last answer: no shutdown step runs
            first.waitFor(30, TimeUnit.SECONDS);
        }

        var secondRun = ServiceProcess.startReady(JAR, work, "stdout.log", env);
        Process second = secondRun.process();
        try {
            client = secondRun.client(TestStores.ADMIN_KEY);
            for (int i = 0; i < acknowledged.size(); i++) {
                var r = client.get("/v1/traces/" + acknowledged.get(i));
                assertThat(r.status())
                        .as("trace %s after the kill: %s", acknowledged.get(i), r)
                        .isEqualTo(200);
                assertThat(r.body()).contains("\"n\":\"" + (i + 1) + "\"");
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException notJson) {
            return Json.MAPPER.createObjectNode();
        }
    }
}
