package io.enis.billing.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A forwarding HTTP proxy on 127.0.0.1 that records each request's method, path and body before
 * passing it on unchanged to a real server (stripe-mock) and answering with that server's answer:
 * lets a test see what a client put on the wire without mocking either side ({@link #answerOnce}
 * stands in for the server once, for an answer it cannot give).
 */
public final class RecordingProxy implements AutoCloseable {
    /** One forwarded request. */
    public record Recorded(String method, String path, String body) {}

    private static final Set<String> HOP = Set.of("host", "connection", "content-length", "transfer-encoding");

    /** An answer given instead of forwarding, once, to the next request whose path contains {@code pathPart}. */
    private record Canned(String pathPart, int status, String body) {}

    private final HttpServer server;
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private final List<Canned> canned = new CopyOnWriteArrayList<>();

    /** Starts a proxy to {@code target} ({@code http://127.0.0.1:<port>}). */
    public RecordingProxy(String target) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().toString();
            recorded.add(new Recorded(exchange.getRequestMethod(), path, new String(body, StandardCharsets.UTF_8)));
            Canned answerInstead = canned.stream()
                    .filter(c -> path.contains(c.pathPart()))
                    .findFirst()
                    .orElse(null);
            if (answerInstead != null && canned.remove(answerInstead)) {
                byte[] bytes = answerInstead.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answerInstead.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
                return;
            }
            HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(target + path))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            try {
                HttpResponse<byte[]> answer = client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().map().forEach((name, values) -> {
                    if (!HOP.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(
                        answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /**
     * Answers the next request whose path contains {@code pathPart} with {@code status} and the JSON
     * {@code body} instead of forwarding it (once): an answer the real server never gives (stripe-mock
     * accepts every key), recorded like the others.
     */
    public void answerOnce(String pathPart, int status, String body) {
        canned.add(new Canned(pathPart, status, body));
    }

    /** The base URL to give the client: {@code http://127.0.0.1:<port>}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests forwarded so far whose path starts with {@code pathPrefix}, in order. */
    public List<Recorded> requests(String pathPrefix) {
        return recorded.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
