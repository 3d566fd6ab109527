package io.enis.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.json.Json;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every response body is UTF-8 JSON whatever bytes the request held: non-ASCII and invalid
 * percent-encoded bytes in the path, non-ASCII, lone surrogates and invalid UTF-8 in a body, and the
 * same body replayed for an {@code Idempotency-Key}. Bodies are read as bytes and decoded strictly.
 */
class Utf8BodiesTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    private RunningService service;

    @BeforeEach
    void start() throws Exception {
        service = KitServer.start(new EchoService(), TestStores.env(Store.EMBEDDED, dataDir), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    /** Status, content type and the body decoded strictly (a malformed byte fails the test). */
    private record Reply(int status, String contentType, boolean replayed, String text) {
        JsonNode json() throws IOException {
            return Json.MAPPER.readTree(text);
        }
    }

    private Reply send(String method, String rawPath, byte[] body, Map<String, String> headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(service.baseUrl() + rawPath))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestStores.ADMIN_KEY)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Idempotent-Replayed").isPresent(),
                strictUtf8(r.body(), method + " " + rawPath));
    }

    private static String strictUtf8(byte[] bytes, String request) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(
                    "the body answering " + request + " is not UTF-8 (" + e + "): "
                            + new String(bytes, StandardCharsets.ISO_8859_1),
                    e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aProblemEchoingANonAsciiPathParameterIsUtf8() throws Exception {
        var r = send("DELETE", "/v1/admin/keys/%C3%A9t%C3%A9-%C3%BCn%C3%AF-%F0%9F%A6%99", null, Map.of());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).isEqualTo("no API key été-ünï-\uD83E\uDD99");
    }

    @Test
    void aPathWithPercentEncodedBytesThatAreNotUtf8GetsAUtf8Problem() throws Exception {
        // FF FE are never UTF-8; E2 82 is a sequence cut short
        for (String path : new String[] {"/v1/admin/keys/%C3%A9-%FF%FE", "/v1/admin/keys/%E2%82", "/v1/%C3%B1/%FF"}) {
            var r = send("DELETE", path, null, Map.of());
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asText()).as(path).contains("UTF-8");
        }
    }

    @Test
    void theNoRouteProblemForANonAsciiPathIsUtf8() throws Exception {
        var r = send("GET", "/v1/%C3%B1and%C3%BA/%F0%9F%A6%99", null, Map.of());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).endsWith("/not-found");
    }

    @Test
    void aProblemQuotingNonAsciiBodyBytesIsUtf8() throws Exception {
        var r = send("POST", "/v1/echo", utf8("{\"text\": tëxt}"), Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("malformed JSON", "'tëxt'");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    @Test
    void aBodyThatIsNotUtf8GetsAUtf8Problem() throws Exception {
        byte[] latin1 = "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        var r = send("POST", "/v1/echo", latin1, Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(send("POST", "/v1/echo", utf8("{\"text\":\"x\"}"), Map.of())
                        .json()
                        .get("n")
                        .asInt())
                .as("the refused request created nothing")
                .isEqualTo(1);
    }

    @Test
    void aLoneSurrogateEchoedBackLeavesAsAnEscape() throws Exception {
        var r = send("POST", "/v1/echo", utf8("{\"text\": \"a\\ud800b\"}"), Map.of());
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text()).containsIgnoringCase("\\ud800").doesNotContain("?");
        assertThat(r.json().get("text").asText()).isEqualTo("a\ud800b");
    }

    @Test
    void anIdempotentReplayIsTheSameUtf8Bytes() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "utf8-1");
        byte[] body = utf8("{\"text\": \"ñandú \\ud800\"}");
        var first = send("POST", "/v1/echo", body, key);
        var again = send("POST", "/v1/echo", body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(again.text()).isEqualTo(first.text()).contains("ñandú");
    }
}
