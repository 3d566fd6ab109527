package io.enis.kit.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Outbound HTTP calls a service makes (webhooks, another service's API) as CLIENT spans: each call is
 * one span named by its method ({@code POST}), and the request carries that span's W3C
 * {@code traceparent} (and {@code tracestate}) so the receiver continues the trace. Attributes:
 * {@code http.request.method}, {@code server.address}, {@code server.port}, {@code url.scheme},
 * {@code http.response.status_code}, {@code http.request.resend_count} for retries, and the caller's
 * own; the URL's path and query are not recorded — a webhook URL's path is often its secret. A 4xx or
 * 5xx answer, or an I/O failure, sets the span status to error with {@code error.type} (the status code
 * or the exception's class). When tracing is off the request is sent unchanged and nothing is recorded.
 */
public final class ClientSpans {
    private static final TextMapSetter<HttpRequest.Builder> HEADERS =
            (builder, key, value) -> builder.setHeader(key, value);

    private final boolean enabled;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    /** The headers the propagator writes ({@code traceparent}, {@code tracestate}): a caller's copies are replaced. */
    private final Set<String> traceHeaders;

    public ClientSpans(Tracing tracing) {
        this.enabled = tracing.enabled();
        this.tracer = tracing.tracer();
        this.propagator = tracing.propagator();
        this.traceHeaders = propagator.fields().stream()
                .map(f -> f.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** {@link #send(HttpClient, HttpRequest, HttpResponse.BodyHandler, Context, int, Attributes)} as a first attempt in the current context. */
    public <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return send(client, request, body, Context.current(), 1, Attributes.empty());
    }

    /**
     * Sends {@code request} with {@code client} inside a CLIENT span.
     *
     * @param parent     the span's parent (for example the context stored with a cloud-bus event); a
     *                   context without a span starts a new trace
     * @param attempt    1 for the first try; later tries record {@code http.request.resend_count}
     * @param attributes added to the span (what the call is for: event id, target)
     * @throws IOException          as {@link HttpClient#send} (recorded on the span first)
     * @throws InterruptedException as {@link HttpClient#send}
     */
    public <T> HttpResponse<T> send(
            HttpClient client,
            HttpRequest request,
            HttpResponse.BodyHandler<T> body,
            Context parent,
            int attempt,
            Attributes attributes)
            throws IOException, InterruptedException {
        if (!enabled) {
            return client.send(request, body);
        }
        URI uri = request.uri();
        var builder = tracer.spanBuilder(request.method())
                .setParent(parent)
                .setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(attributes)
                .setAttribute(HttpAttributes.METHOD, request.method())
                .setAttribute(HttpAttributes.SERVER_ADDRESS, uri.getHost())
                .setAttribute(HttpAttributes.SERVER_PORT, (long) port(uri))
                .setAttribute(HttpAttributes.URL_SCHEME, uri.getScheme());
        if (attempt > 1) {
            builder.setAttribute(HttpAttributes.RESEND_COUNT, (long) attempt - 1);
        }
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            HttpRequest.Builder traced = HttpRequest.newBuilder(
                    request, (name, value) -> !traceHeaders.contains(name.toLowerCase(Locale.ROOT)));
            propagator.inject(Context.current(), traced, HEADERS);
            HttpResponse<T> response = client.send(traced.build(), body);
            span.setAttribute(HttpAttributes.STATUS, (long) response.statusCode());
            if (response.statusCode() >= 400) {
                span.setAttribute(HttpAttributes.ERROR_TYPE, String.valueOf(response.statusCode()));
                span.setStatus(StatusCode.ERROR);
            }
            return response;
        } catch (IOException | InterruptedException | RuntimeException e) {
            span.setAttribute(HttpAttributes.ERROR_TYPE, e.getClass().getName());
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
