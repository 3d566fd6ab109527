package io.enis.kit.tracing;

import io.enis.kit.limits.ClientAddress;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Set;
import org.slf4j.MDC;

/**
 * A SERVER span per request to a traced route, named by the route's template
 * ({@code GET /v1/traces/{traceId}}, never the raw path, so names stay few), child of the caller's
 * W3C {@code traceparent}/{@code tracestate} when the request carries them. The span starts before
 * authentication and rate limiting (a 401 or 429 is traced too) and ends when the response is written;
 * the route's handler runs with the span as the current context, so what it calls — outbound requests
 * through {@link ClientSpans}, a cloud-bus event's trace context — continues the trace.
 *
 * <p>Attributes (HTTP semantic conventions): {@code http.request.method}, {@code http.route},
 * {@code url.path}, {@code url.scheme}, {@code server.address}, {@code server.port},
 * {@code client.address} (the client as {@link ClientAddress} resolved it: behind a proxy in
 * {@code TRUSTED_PROXIES}, the right-most untrusted address of {@code X-Forwarded-For}),
 * {@code network.peer.address} (the TCP peer: that proxy, or the client itself),
 * {@code user_agent.original}, {@code network.protocol.version},
 * {@code http.response.status_code}; a 5xx sets the span status to error with {@code error.type} the
 * status code, or the class of the exception the handler threw. Query strings and bodies are not
 * recorded. The trace id is put in the logging context ({@code trace_id}) for the access log.
 *
 * <p>Requests that match no route (404) and routes the service marked untraced are not traced.
 */
public final class ServerSpans {
    private static final String SPAN = "enis.tracing.span";
    private static final String FAILURE = "enis.tracing.failure";
    private static final TextMapGetter<Context> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Context ctx) {
            return ctx.headerMap().keySet();
        }

        @Override
        public String get(Context ctx, String key) {
            return ctx == null ? null : ctx.header(key);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final Set<String> untraced;

    /**
     * @param untraced routes without spans, as {@code "GET /health/live"} (method and Javalin path)
     */
    public ServerSpans(Tracing tracing, Set<String> untraced) {
        this.tracer = tracing.tracer();
        this.propagator = tracing.propagator();
        this.untraced = Set.copyOf(untraced);
    }

    /** Before-matched handler (first of them): starts the request's span. */
    public void start(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null || untraced.contains(endpoint.method.name() + " " + endpoint.path)) {
            return;
        }
        String method = ctx.method().name();
        io.opentelemetry.context.Context parent =
                propagator.extract(io.opentelemetry.context.Context.root(), ctx, HEADERS);
        var builder = tracer.spanBuilder(method + " " + endpoint.path)
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(HttpAttributes.METHOD, method)
                .setAttribute(HttpAttributes.ROUTE, endpoint.path)
                .setAttribute(HttpAttributes.URL_PATH, ctx.path())
                .setAttribute(HttpAttributes.URL_SCHEME, ctx.scheme())
                .setAttribute(HttpAttributes.SERVER_ADDRESS, ctx.req().getServerName())
                .setAttribute(HttpAttributes.SERVER_PORT, (long) ctx.req().getServerPort())
                .setAttribute(HttpAttributes.CLIENT_ADDRESS, ClientAddress.of(ctx))
                .setAttribute(HttpAttributes.PEER_ADDRESS, ClientAddress.peer(ctx))
                .setAttribute(HttpAttributes.PROTOCOL_VERSION, version(ctx.protocol()));
        String agent = ctx.userAgent();
        if (agent != null) {
            builder.setAttribute(HttpAttributes.USER_AGENT, agent);
        }
        Span span = builder.startSpan();
        ctx.attribute(SPAN, span);
        if (span.getSpanContext().isValid()) {
            MDC.put("trace_id", span.getSpanContext().getTraceId());
        }
    }

    /** {@code handler} run with the request's span as the current context. */
    public Handler wrap(Handler handler) {
        return ctx -> {
            Span span = ctx.attribute(SPAN);
            if (span == null) {
                handler.handle(ctx);
                return;
            }
            try (Scope ignored = span.makeCurrent()) {
                handler.handle(ctx);
            } catch (Exception | Error e) {
                ctx.attribute(FAILURE, e.getClass().getName());
                throw e;
            }
        };
    }

    /** Request-logger step: records the status and ends the span. */
    public void end(Context ctx) {
        Span span = ctx.attribute(SPAN);
        if (span == null) {
            return;
        }
        int status = ctx.statusCode();
        span.setAttribute(HttpAttributes.STATUS, (long) status);
        if (status >= 500) {
            String failure = ctx.attribute(FAILURE);
            span.setAttribute(HttpAttributes.ERROR_TYPE, failure != null ? failure : String.valueOf(status));
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }

    /** {@code HTTP/1.1} → {@code 1.1}. */
    private static String version(String protocol) {
        return protocol != null && protocol.startsWith("HTTP/") ? protocol.substring(5) : String.valueOf(protocol);
    }
}
