package io.enis.stacks.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sends Terraform JSON documents to the compliance service's scan endpoint of an audit
 * ({@code POST <url>?stack=<id>}, {@code Authorization: Bearer <key>} with {@code compliance:write}),
 * which checks each with the policy rules and records the findings and passing rules as evidence of the
 * audit. One request per stack, in order; the first failure stops the rest.
 */
public final class CompliancePublisher {
    /** The scan endpoint of an audit: {@code http(s)://host[:port][/prefix]/v1/compliance/audit/<id>/scan}. */
    static final Pattern SCAN_PATH = Pattern.compile(".*/v1/compliance/audit/[A-Za-z0-9_-]{1,40}/scan");

    private static final Pattern STACK = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI target;
    private final String apiKey;
    private final HttpClient http;
    private final Duration timeout;

    /** One document: the stack it is named after in the audit's evidence, and its file. */
    public record Document(String stack, Path file) {
        public Document {
            if (!STACK.matcher(stack).matches()) {
                throw new IllegalArgumentException("stack '" + stack + "' must be 1-100 of A-Z a-z 0-9 . _ -");
            }
        }
    }

    /**
     * What the service recorded for one stack: the scan summary it answered ({@code rules},
     * {@code failedRules}, {@code findings}, {@code sha256}, {@code evidence}, ...).
     */
    public record Published(String stack, JsonNode summary) {
        /** One line for people: what was recorded where. */
        public String describe() {
            return "published " + stack + " to audit " + summary.path("audit").asText() + ": "
                    + summary.path("rules").asInt() + " rules, "
                    + summary.path("failedRules").asInt()
                    + " failing, " + summary.path("findings").asInt() + " findings, "
                    + summary.path("evidence").asInt() + " evidence recorded (sha256 "
                    + summary.path("sha256").asText() + ")";
        }
    }

    /**
     * Why publishing stopped.
     *
     * @param refused true when the service refused the request (4xx: a wrong URL, key or audit, a bad
     *                document), false when it could not be reached or failed (5xx)
     */
    public static final class PublishException extends Exception {
        private final boolean refused;

        PublishException(String message, boolean refused) {
            super(message);
            this.refused = refused;
        }

        public boolean refused() {
            return refused;
        }
    }

    /**
     * @param target  the scan endpoint, checked by {@link #target(String)}
     * @param apiKey  an API key of the compliance service with {@code compliance:write}
     * @param timeout per request (the connection timeout is the smaller of it and 10 s)
     */
    public CompliancePublisher(URI target, String apiKey, Duration timeout) {
        this.target = Objects.requireNonNull(target, "target");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .build();
    }

    /**
     * {@code url} as a scan endpoint.
     *
     * @throws IllegalArgumentException saying what is allowed, when it is not an http(s) URL with a host
     *     whose path ends in {@code /v1/compliance/audit/<id>/scan}, or when it has a query or fragment
     */
    public static URI target(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getPath() == null
                || !SCAN_PATH.matcher(uri.getPath()).matches()
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + url + "' is not the scan endpoint of an audit; expected "
                    + "http(s)://<host>/v1/compliance/audit/<audit id>/scan without a query");
        }
        return uri;
    }

    /** Publishes every document in order; stops at the first failure. */
    public List<Published> publish(List<Document> documents) throws PublishException, IOException {
        List<Published> out = new ArrayList<>();
        for (Document d : documents) {
            out.add(publish(d));
        }
        return out;
    }

    private Published publish(Document d) throws PublishException, IOException {
        URI uri = URI.create(target + "?stack=" + URLEncoder.encode(d.stack(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("User-Agent", "enis-infra")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(d.file())))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PublishException(
                    target + " is unreachable ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while publishing " + d.stack(), false);
        }
        int status = response.statusCode();
        if (status == 201) {
            return new Published(d.stack(), JSON.readTree(response.body()));
        }
        throw new PublishException(
                "the compliance service answered " + status + " for " + d.stack() + ": " + detail(response.body()),
                status >= 400 && status < 500);
    }

    /** The problem's detail, or the start of the body. */
    private static String detail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (IOException notJson) {
            // fall through
        }
        String text = body == null ? "" : body.strip();
        return text.isEmpty() ? "(no body)" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
