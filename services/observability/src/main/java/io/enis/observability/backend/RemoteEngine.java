package io.enis.observability.backend;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.enis.kit.domain.UnavailableException;
import io.enis.observability.query.QueryException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The HTTP conversation with a Prometheus-compatible engine: remote-write pushes and calls of its
 * Prometheus HTTP API ({@code {"status": "success", "data": …}}). Knows nothing of samples or tenants
 * beyond the optional {@code X-Scope-OrgID} header it is given.
 *
 * <p>What a failure becomes: no connection, a timeout, 5xx or 429 → {@link UnavailableException} naming
 * the engine (503 with {@code Retry-After}: the engine's own when it sent one, else 5 s); 401/403 →
 * {@link UnavailableException} saying which setting is likely wrong (an engine that needs a tenant
 * header says "no org id"); a query the engine calls bad ({@code bad_data}, {@code execution}) →
 * {@link QueryException}; a write it refuses (4xx) → {@link WriteRefused} for the caller to name the series.
 */
public final class RemoteEngine {
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** The tenant header of Cortex, Mimir and Thanos. */
    public static final String TENANT_HEADER = "X-Scope-OrgID";

    /** Numbers as the engine wrote them (timestamps like {@code 1700000000.123} stay exact). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final URI writeUrl;
    private final String queryBase;
    private final Duration timeout;
    private final String name;
    private final HttpClient http;

    public RemoteEngine(URI writeUrl, URI queryUrl, Duration timeout) {
        this.writeUrl = writeUrl;
        String base = queryUrl.toString();
        this.queryBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timeout = timeout;
        this.name = "metrics engine " + queryUrl.getAuthority();
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A write the engine refused with a 4xx other than 401, 403 and 429: the batch was not stored. */
    public record WriteRefused(int status, String message) {}

    /**
     * Pushes one snappy-compressed {@code WriteRequest}; returns empty once the engine acknowledged it (2xx).
     *
     * @param tenant the {@code X-Scope-OrgID} to send; null: none
     * @throws UnavailableException when the engine cannot take it now (nothing can be assumed stored)
     */
    public Optional<WriteRefused> write(String tenant, byte[] compressed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(writeUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-protobuf")
                .header("Content-Encoding", "snappy")
                .header("X-Prometheus-Remote-Write-Version", "0.1.0")
                .header("User-Agent", "enis-observability")
                .POST(HttpRequest.BodyPublishers.ofByteArray(compressed));
        HttpResponse<String> response = send(tenant, request, "METRICS_REMOTE_WRITE_URL");
        int status = response.statusCode();
        if (status / 100 == 2) {
            return Optional.empty();
        }
        if (status == 404 || status == 405) {
            throw misconfigured(
                    "METRICS_REMOTE_WRITE_URL", status, response, "is this the engine's remote-write endpoint?");
        }
        return Optional.of(new WriteRefused(status, response.body().strip()));
    }

    /**
     * Calls {@code /api/v1/<path>} with form parameters (POST where Prometheus accepts it, else GET).
     *
     * @return the answer's {@code data}
     * @throws QueryException       when the engine calls the request bad (its message)
     * @throws UnavailableException when it cannot answer now, or the settings are wrong
     */
    public JsonNode api(String path, List<Map.Entry<String, String>> params, String tenant, boolean post) {
        String form = params.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String url = queryBase + "/api/v1/" + path;
        HttpRequest.Builder request;
        if (post) {
            request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        } else {
            request = HttpRequest.newBuilder(URI.create(form.isEmpty() ? url : url + "?" + form))
                    .GET();
        }
        request.timeout(timeout).header("Accept", "application/json");
        HttpResponse<String> response = send(tenant, request, "METRICS_REMOTE_QUERY_URL");
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status == 200
                && body != null
                && "success".equals(body.path("status").asText())) {
            return body.path("data");
        }
        String error = body == null ? null : body.path("error").asText(null);
        String type = body == null ? "" : body.path("errorType").asText("");
        if ((status == 400 || status == 422) && error != null && !type.equals("unavailable")) {
            throw new QueryException(error);
        }
        if (status == 404 || status == 405) {
            throw misconfigured(
                    "METRICS_REMOTE_QUERY_URL", status, response, "it must be the base of the engine's Prometheus API");
        }
        throw unavailable(status, response, error);
    }

    /** What requests to the engine are reported under: {@code metrics engine host:port}. */
    public String name() {
        return name;
    }

    private HttpResponse<String> send(String tenant, HttpRequest.Builder request, String setting) {
        if (tenant != null) {
            request.header(TENANT_HEADER, tenant);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                String body = response.body().strip();
                String hint = body.toLowerCase(Locale.ROOT).contains("org id")
                        ? "it needs a tenant header: set METRICS_REMOTE_TENANCY=header"
                        : "check " + setting + " and the engine's authentication";
                throw new UnavailableException(
                        name, "answered " + status + " (" + abbreviate(body) + "); " + hint, RETRY_AFTER, null);
            }
            if (status == 429 || status / 100 == 5) {
                throw unavailable(status, response, null);
            }
            return response;
        } catch (IOException e) {
            throw new UnavailableException(
                    name,
                    "cannot be reached ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    RETRY_AFTER,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(name, "the request was interrupted", RETRY_AFTER, e);
        }
    }

    private UnavailableException unavailable(int status, HttpResponse<String> response, String error) {
        Duration retry = response.headers()
                .firstValue("Retry-After")
                .flatMap(RemoteEngine::seconds)
                .orElse(RETRY_AFTER);
        return new UnavailableException(
                name,
                "answered " + status + " (" + abbreviate(error == null ? response.body() : error) + ")",
                retry,
                null);
    }

    private UnavailableException misconfigured(String setting, int status, HttpResponse<String> response, String hint) {
        return new UnavailableException(
                name,
                "answered " + status + " for " + response.uri().getPath() + "; check " + setting + ": " + hint,
                RETRY_AFTER,
                null);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
