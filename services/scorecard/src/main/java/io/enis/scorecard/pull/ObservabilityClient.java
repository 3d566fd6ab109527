package io.enis.scorecard.pull;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Instant PromQL queries against the observability service's Prometheus HTTP API
 * ({@value #QUERY_PATH}, the endpoint Grafana's Prometheus data source uses), with the scorecard's
 * {@code metrics:read} key. Every outcome is an {@link Answer}, never an exception: a query
 * observability refuses (its 400 naming the field {@code query}, {@code bad_data} in Prometheus'
 * terms: the query does not parse or does not type-check) is {@link Refused}; no usable answer
 * (connection refused, timeout, 5xx, 429, a key it does not accept, another 400) is {@link Unreachable}.
 */
public final class ObservabilityClient {
    /** The Prometheus instant-query endpoint of the observability service. */
    public static final String QUERY_PATH = "/v1/metrics/prometheus/api/v1/query";

    private final ObservabilityTarget target;
    private final HttpClient http;
    private final Duration timeout;

    /** @param timeout per query (connection included) */
    public ObservabilityClient(ObservabilityTarget target, Duration timeout) {
        this.target = Objects.requireNonNull(target, "target");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** What one query gave. */
    public sealed interface Answer {}

    /** A scalar, or a vector of exactly one series: its value. */
    public record Sample(double value) implements Answer {}

    /** A vector of no series (the metric has no samples at that time). */
    public record NoData() implements Answer {}

    /** A vector of several series: the KPI needs one (aggregate with {@code sum}, {@code max} …). */
    public record SeveralSeries(int count) implements Answer {}

    /** Observability refused the query (400): {@code message} is its reason, e.g. a parse error. */
    public record Refused(String message) implements Answer {}

    /** No usable answer: observability could not be reached or did not answer 200/400. */
    public record Unreachable(String why) implements Answer {}

    /** Evaluates {@code query} at {@code time}. */
    public Answer instant(String query, Instant time) {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&time="
                + BigDecimal.valueOf(time.toEpochMilli(), 3).toPlainString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + QUERY_PATH))
                .timeout(timeout)
                .header("Authorization", "Bearer " + target.apiKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("User-Agent", "enis-scorecard")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Unreachable("observability unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable("interrupted");
        }
        return answer(response.statusCode(), response.body());
    }

    /** The answer a response of {@code status} with {@code body} means (package-private for tests). */
    static Answer answer(int status, byte[] body) {
        if (status == 400) {
            return refusal(body);
        }
        if (status == 401 || status == 403) {
            return new Unreachable("observability answered " + status
                    + ": OBSERVABILITY_API_KEY is not a key with metrics:read there");
        }
        if (status != 200) {
            return new Unreachable("observability answered " + status);
        }
        try {
            JsonNode data = Json.parse(body).path("data");
            JsonNode result = data.path("result");
            return switch (data.path("resultType").asText()) {
                case "scalar" -> sample(result);
                case "vector" ->
                    result.size() == 0
                            ? new NoData()
                            : result.size() > 1
                                    ? new SeveralSeries(result.size())
                                    : sample(result.get(0).path("value"));
                default ->
                    new Refused("gives a " + data.path("resultType").asText()
                            + "; a KPI needs an instant vector or a scalar");
            };
        } catch (RuntimeException e) {
            return new Unreachable("observability answered 200 with a body that is not a Prometheus query result");
        }
    }

    private static Answer sample(JsonNode point) {
        String text = point.path(1).asText();
        double v;
        try {
            v = switch (text) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a sample value: " + text, e);
        }
        return new Sample(v);
    }

    /** A 400 naming the {@code query} parameter is a refused query; any other 400 is not the query's fault. */
    private static Answer refusal(byte[] body) {
        String detail = "observability answered 400";
        try {
            JsonNode problem = Json.parse(body);
            for (JsonNode e : problem.path("errors")) {
                if (e.path("field").asText().equals("query")) {
                    return new Refused(e.path("message").asText());
                }
            }
            detail += ": " + problem.path("detail").asText();
        } catch (RuntimeException notJson) {
            // the status says enough
        }
        return new Unreachable(detail);
    }
}
