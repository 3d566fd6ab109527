package io.enis.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Real HTTP calls to a started service, with a bearer key. */
public final class TestClient {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String key;

    public TestClient(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    /** The same service with another key ({@code null}: none). */
    public TestClient as(String otherKey) {
        return new TestClient(baseUrl, otherKey);
    }

    public Response get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null, Map.of());
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json", Map.of());
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json", Map.of());
    }

    /** Any request; {@code headers} are added as given. */
    public Response send(String method, String path, String body, String contentType, Map<String, String> headers) {
        return exchange(
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                contentType,
                headers);
    }

    /** Any request with a binary body (protobuf, compressed); {@code headers} are added as given. */
    public Response sendBytes(
            String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        return exchange(method, path, HttpRequest.BodyPublishers.ofByteArray(body), contentType, headers);
    }

    private Response exchange(
            String method,
            String path,
            HttpRequest.BodyPublisher body,
            String contentType,
            Map<String, String> headers) {
        var b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, body and headers of one response. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
