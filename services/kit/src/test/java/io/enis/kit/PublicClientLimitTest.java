package io.enis.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.app.Api;
import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.json.Json;
import io.enis.kit.testing.OpenApiContract;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public {@code /v1} GET ({@link Api#publicGetPerClient}) over real HTTP: no key needed, each client
 * address has its own budget, over it 429 problem+json with {@code Retry-After}.
 */
class PublicClientLimitTest {
    @TempDir
    Path dataDir;

    /** One HTTP/1.1 GET sent from {@code from} (any 127.x address reaches the service on 127.0.0.1). */
    record Answer(int status, Map<String, String> headers, String body) {}

    static Answer getFrom(String from, URI base, String path) throws IOException {
        return getFrom(from, base, path, null);
    }

    /** As {@link #getFrom(String, URI, String)}, with an {@code X-Forwarded-For} header unless {@code null}. */
    static Answer getFrom(String from, URI base, String path, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String forwarded = forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n";
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" + forwarded
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = raw.split("\r\n\r\n", 2);
            String[] lines = parts[0].split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(),
                        lines[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, parts.length > 1 ? parts[1] : "");
        }
    }

    @Test
    void eachClientAddressHasItsOwnBudgetAndIsToldWhenToRetry() throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        // the per-key limit must not be what answers here
        env.put("RATE_LIMIT_PER_MINUTE", "1");
        try (RunningService service = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
            URI base = URI.create(service.baseUrl());
            for (int i = 0; i < EchoService.PUBLIC_PER_CLIENT; i++) {
                Answer ok = getFrom("127.0.0.2", base, "/v1/echo/public/hi");
                assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
                assertThat(Json.parse(ok.body().getBytes(StandardCharsets.UTF_8))
                                .get("word")
                                .asText())
                        .isEqualTo("hi");
                assertThat(ok.headers()).containsEntry("ratelimit-limit", "3");
            }
            Answer limited = getFrom("127.0.0.2", base, "/v1/echo/public/other");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(Integer.parseInt(limited.headers().get("retry-after"))).isBetween(1, 60);
            var problem = Json.parse(limited.body().getBytes(StandardCharsets.UTF_8));
            assertThat(problem.get("type").asText()).endsWith("/rate-limited");
            assertThat(problem.get("detail").asText()).contains("client 127.0.0.2", "3 requests per minute");

            assertThat(getFrom("127.0.0.3", base, "/v1/echo/public/hi").status())
                    .as("another address has its own budget")
                    .isEqualTo(200);
            var client = new TestClient(service.baseUrl(), null);
            assertThat(client.get("/v1/echo").status())
                    .as("business routes still need a key")
                    .isEqualTo(401);
            assertThat(client.get("/health/live").status())
                    .as("health has no per-client limit")
                    .isEqualTo(200);
            OpenApiContract.assertMatches(service);
        }
    }

    @Test
    void onlyATrustedProxyNamesTheClient() throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        env.put("TRUSTED_PROXIES", "127.0.0.4/32");
        try (RunningService service = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
            URI base = URI.create(service.baseUrl());
            for (int i = 0; i < EchoService.PUBLIC_PER_CLIENT; i++) {
                assertThat(getFrom("127.0.0.4", base, "/v1/echo/public/hi", "192.0.2.1, 203.0.113.5")
                                .status())
                        .isEqualTo(200);
            }
            Answer proxied = getFrom("127.0.0.4", base, "/v1/echo/public/hi", "203.0.113.5");
            assertThat(proxied.status()).isEqualTo(429);
            assertThat(proxied.body()).contains("client 203.0.113.5 ");
            assertThat(getFrom("127.0.0.4", base, "/v1/echo/public/hi", "203.0.113.6")
                            .status())
                    .isEqualTo(200);

            // a peer that is not a trusted proxy is the client, whatever it forwards
            for (int i = 0; i < EchoService.PUBLIC_PER_CLIENT; i++) {
                getFrom("127.0.0.5", base, "/v1/echo/public/hi", "198.51.100." + i);
            }
            Answer direct = getFrom("127.0.0.5", base, "/v1/echo/public/hi", "198.51.100.99");
            assertThat(direct.status()).isEqualTo(429);
            assertThat(direct.body()).contains("client 127.0.0.5 ");
        }
        env.put("TRUSTED_PROXIES", "10.0.0.0/33");
        assertThatThrownBy(() -> KitServer.start(new EchoService(), env, Clock.systemUTC()))
                .isInstanceOf(io.enis.kit.config.ConfigException.class)
                .hasMessageContaining(
                        "TRUSTED_PROXIES='10.0.0.0/33': '10.0.0.0/33' is not an IPv4 or IPv6 address or CIDR");
        assertThat(io.enis.kit.app.ServiceLauncher.help(new EchoService()))
                .contains("TRUSTED_PROXIES", "right-most untrusted address of X-Forwarded-For");
    }

    @Test
    void aPerClientRouteIsUnderV1WithAPositiveLimit() {
        var api = new Api();
        assertThatThrownBy(() -> api.publicGetPerClient("/health/x", 5, ctx -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("under /v1/");
        assertThatThrownBy(() -> api.publicGetPerClient("/v1/x", 0, ctx -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        api.publicGetPerClient("/v1/x/{id}", 5, ctx -> {});
        assertThat(api.routes().get(0).perClientPerMinute()).isEqualTo(5);
        assertThat(api.routes().get(0).scope()).isNull();
        assertThat(api.routes().get(0).traced()).isTrue();
    }
}
