package io.enis.kit;

import static io.enis.kit.PublicClientLimitTest.getFrom;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.PublicClientLimitTest.Answer;
import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.OtlpExports;
import io.enis.kit.testing.OtlpExports.ExportedSpan;
import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Behind a trusted proxy, the client that the rate limiter counts is also the one the access log
 * ({@code client_ip}, with {@code peer_ip} naming the proxy) and the request's span ({@code client.address},
 * {@code network.peer.address}) record — on the 200, 401, 404 and 429 paths alike — over real HTTP from a
 * trusted peer, an untrusted one, and a trusted one forwarding a malformed chain. Log lines are the
 * production JSON encoder's output; spans are exported over OTLP/HTTP to a receiver.
 */
class ClientAddressTest {
    private static final String PROXY = "127.0.0.4";
    private static final String DIRECT = "127.0.0.5";
    private static final Logger ACCESS = (Logger) LoggerFactory.getLogger("io.enis.access");

    @TempDir
    Path dataDir;

    private final JsonLines lines = new JsonLines();
    private Level accessLevel;
    private boolean accessAdditive;

    @BeforeEach
    void captureTheAccessLog() {
        accessLevel = ACCESS.getLevel();
        accessAdditive = ACCESS.isAdditive();
        lines.start();
        ACCESS.addAppender(lines);
        ACCESS.setLevel(Level.INFO);
        ACCESS.setAdditive(false);
    }

    @AfterEach
    void restoreTheAccessLog() {
        ACCESS.detachAppender(lines);
        ACCESS.setLevel(accessLevel);
        ACCESS.setAdditive(accessAdditive);
        lines.stop();
    }

    @Test
    void theLimiterTheAccessLogAndTheSpanNameTheSameClient() throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(TestStores.Store.EMBEDDED, dataDir));
        env.put("TRUSTED_PROXIES", PROXY + "/32");
        try (var collector = new HttpReceiver()) {
            env.put("OTEL_EXPORTER_OTLP_ENDPOINT", collector.url("/"));
            env.put("OTEL_BSP_SCHEDULE_DELAY", "60000");
            List<ExportedSpan> spans;
            try (RunningService service = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
                URI base = URI.create(service.baseUrl());
                assertThat(send(PROXY, base, "/v1/echo/public/proxied", "192.0.2.1, 203.0.113.5"))
                        .isEqualTo(200);
                assertThat(send(DIRECT, base, "/v1/echo/public/direct", "203.0.113.5"))
                        .isEqualTo(200);
                assertThat(send(PROXY, base, "/v1/echo/public/malformed", "203.0.113.5, not-an-address"))
                        .isEqualTo(200);
                assertThat(send(PROXY, base, "/v1/echo", "203.0.113.7")).isEqualTo(401);
                assertThat(send(PROXY, base, "/v1/nothing-here", "203.0.113.8")).isEqualTo(404);
                // 203.0.113.5 spent one of its 3; the direct and the malformed requests were not its
                for (int i = 1; i < EchoService.PUBLIC_PER_CLIENT; i++) {
                    assertThat(send(PROXY, base, "/v1/echo/public/again" + i, "203.0.113.5"))
                            .isEqualTo(200);
                }
                Answer limited = getFrom(PROXY, base, "/v1/echo/public/limited", "198.51.100.1, 203.0.113.5");
                assertThat(limited.status()).isEqualTo(429);
                assertThat(limited.body()).contains("client 203.0.113.5 ");
                lines.await(6 + EchoService.PUBLIC_PER_CLIENT - 1);
                service.stop();
                spans = OtlpExports.spans(collector.accepted());
            }

            assertClient(line("/v1/echo/public/proxied"), "203.0.113.5", PROXY);
            assertClient(line("/v1/echo/public/direct"), DIRECT, null);
            assertClient(line("/v1/echo/public/malformed"), PROXY, null);
            assertClient(line("/v1/echo"), "203.0.113.7", PROXY);
            assertClient(line("/v1/nothing-here"), "203.0.113.8", PROXY);
            assertThat(line("/v1/nothing-here").path("http_status").asInt()).isEqualTo(404);
            assertClient(line("/v1/echo/public/limited"), "203.0.113.5", PROXY);
            assertThat(line("/v1/echo/public/limited").path("http_status").asInt())
                    .isEqualTo(429);

            assertSpan(spans, "/v1/echo/public/proxied", "203.0.113.5", PROXY, "200");
            assertSpan(spans, "/v1/echo/public/direct", DIRECT, DIRECT, "200");
            assertSpan(spans, "/v1/echo/public/malformed", PROXY, PROXY, "200");
            assertSpan(spans, "/v1/echo", "203.0.113.7", PROXY, "401");
            assertSpan(spans, "/v1/echo/public/limited", "203.0.113.5", PROXY, "429");
            assertThat(spans).noneMatch(s -> "/v1/nothing-here".equals(s.attribute("url.path")));
        }
    }

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnoredAndNoPeerIsLogged() throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(TestStores.Store.EMBEDDED, dataDir));
        try (RunningService service = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
            assertThat(send(PROXY, URI.create(service.baseUrl()), "/v1/echo/public/plain", "203.0.113.5"))
                    .isEqualTo(200);
            lines.await(1);
        }
        assertClient(line("/v1/echo/public/plain"), PROXY, null);
    }

    private static int send(String from, URI base, String path, String forwardedFor) throws IOException {
        return getFrom(from, base, path, forwardedFor).status();
    }

    private JsonNode line(String path) {
        return lines.all().stream()
                .filter(l -> l.path("http_path").asText().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access-log line for " + path + " in " + lines.all()));
    }

    private static void assertClient(JsonNode line, String client, String peer) {
        assertThat(line.path("client_ip").asText()).as("client_ip of %s", line).isEqualTo(client);
        if (peer == null) {
            assertThat(line.has("peer_ip"))
                    .as("peer_ip only when it differs: %s", line)
                    .isFalse();
        } else {
            assertThat(line.path("peer_ip").asText()).as("peer_ip of %s", line).isEqualTo(peer);
        }
    }

    private static void assertSpan(List<ExportedSpan> spans, String path, String client, String peer, String status) {
        ExportedSpan span = spans.stream()
                .filter(s -> path.equals(s.attribute("url.path")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no span for " + path + " in " + spans));
        assertThat(span.attributes())
                .containsEntry("client.address", client)
                .containsEntry("network.peer.address", peer)
                .containsEntry("http.response.status_code", status);
    }

    /** The access log's lines as the production JSON encoder (logstash-logback-encoder) writes them. */
    private static final class JsonLines extends AppenderBase<ILoggingEvent> {
        private final LogstashEncoder encoder = new LogstashEncoder();
        private final List<JsonNode> lines = new CopyOnWriteArrayList<>();

        JsonLines() {
            setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            encoder.setContext(getContext());
        }

        @Override
        public void start() {
            encoder.start();
            super.start();
        }

        @Override
        protected void append(ILoggingEvent event) {
            try {
                lines.add(Json.MAPPER.readTree(new String(encoder.encode(event), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new AssertionError("the encoder wrote no JSON", e);
            }
        }

        List<JsonNode> all() {
            return List.copyOf(lines);
        }

        /** Waits (up to 10 s) until {@code n} lines are in: the access log is written after the response. */
        void await(int n) throws InterruptedException {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (lines.size() < n && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(lines).as("access-log lines").hasSizeGreaterThanOrEqualTo(n);
        }
    }
}
