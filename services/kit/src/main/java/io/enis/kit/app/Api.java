package io.enis.kit.app;

import io.enis.kit.http.ProblemFormat;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The routes of a service. Every {@code /v1} route names the scope its caller needs; the kit
 * authenticates, rate-limits and meters them, and the OpenAPI contract test compares this list with
 * the service's {@code openapi.json}.
 */
public final class Api {
    private final List<Route> routes = new ArrayList<>();

    /**
     * One route: method, Javalin path ({@code /v1/traces/{traceId}}), scope ({@code null}: public),
     * whether its requests get a server span when tracing is on, the format of the problems the kit
     * raises for it ({@code null}: problem+json), and the requests per minute one client address may
     * make to it ({@code 0}: no per-client limit; only routes without a scope have one).
     */
    public record Route(
            HandlerType method,
            String path,
            String scope,
            Handler handler,
            boolean traced,
            ProblemFormat errors,
            int perClientPerMinute) {
        /** A route without a per-client limit. */
        public Route(
                HandlerType method, String path, String scope, Handler handler, boolean traced, ProblemFormat errors) {
            this(method, path, scope, handler, traced, errors, 0);
        }
    }

    public Api get(String path, String scope, Handler handler) {
        return add(HandlerType.GET, path, scope, handler);
    }

    public Api post(String path, String scope, Handler handler) {
        return add(HandlerType.POST, path, scope, handler);
    }

    public Api put(String path, String scope, Handler handler) {
        return add(HandlerType.PUT, path, scope, handler);
    }

    public Api delete(String path, String scope, Handler handler) {
        return add(HandlerType.DELETE, path, scope, handler);
    }

    /**
     * A route without authentication (health, metrics, the OpenAPI document). Not traced: probes and
     * scrapes every few seconds would bury the requests worth following.
     */
    public Api publicGet(String path, Handler handler) {
        return add(HandlerType.GET, path, null, handler, false);
    }

    /**
     * A {@code POST} without an API key, for callers that authenticate each request themselves (a
     * payment provider's signed webhook): the handler must verify the request before acting on it.
     * Allowed under {@code /v1}; traced like any business route.
     */
    public Api signedPost(String path, Handler handler) {
        routes.add(new Route(HandlerType.POST, path, null, handler, true, null));
        return this;
    }

    /**
     * Stops tracing an added route — for example where spans are received: an exporter pointed at the
     * service itself would otherwise make a span of every export, and export that one too.
     *
     * @throws IllegalArgumentException when no such route was added
     */
    public Api untraced(HandlerType method, String path) {
        return replace(
                method,
                path,
                r -> new Route(
                        r.method(), r.path(), r.scope(), r.handler(), false, r.errors(), r.perClientPerMinute()));
    }

    /**
     * The problems the kit raises for an added route before its handler runs (401, 403, 429) are written
     * by {@code format} instead of as problem+json: for protocols with their own error bodies (OTLP).
     *
     * @throws IllegalArgumentException when no such route was added
     */
    public Api errorsAs(HandlerType method, String path, ProblemFormat format) {
        return replace(
                method,
                path,
                r -> new Route(
                        r.method(), r.path(), r.scope(), r.handler(), r.traced(), format, r.perClientPerMinute()));
    }

    /**
     * A {@code GET} under {@code /v1} without an API key, for what anyone may look up (a certificate's
     * validity by its id): traced like any business route, and rate-limited per client address
     * instead of per key — at most {@code perClientPerMinute} requests a minute from one address (the TCP peer,
     * or behind a proxy listed in {@code TRUSTED_PROXIES} the client it names: {@link
     * io.enis.kit.limits.TrustedProxies}), then
     * 429 problem+json with {@code Retry-After} ({@link io.enis.kit.limits.RateLimiter}). The handler
     * must show only what may be public. The OpenAPI operation has {@code "security": []} and documents
     * the 429 ({@code #/components/responses/ClientRateLimited}).
     *
     * @throws IllegalArgumentException when {@code path} is not under {@code /v1/} or the limit is below 1
     */
    public Api publicGetPerClient(String path, int perClientPerMinute, Handler handler) {
        if (!path.startsWith("/v1/")) {
            throw new IllegalArgumentException("GET " + path + ": a per-client limited public route is under /v1/");
        }
        if (perClientPerMinute < 1) {
            throw new IllegalArgumentException("GET " + path + ": perClientPerMinute must be at least 1");
        }
        routes.add(new Route(HandlerType.GET, path, null, handler, true, null, perClientPerMinute));
        return this;
    }

    private Api replace(HandlerType method, String path, UnaryOperator<Route> change) {
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            if (r.method() == method && r.path().equals(path)) {
                routes.set(i, change.apply(r));
                return this;
            }
        }
        throw new IllegalArgumentException(method + " " + path + ": no such route");
    }

    private Api add(HandlerType method, String path, String scope, Handler handler) {
        return add(method, path, scope, handler, true);
    }

    private Api add(HandlerType method, String path, String scope, Handler handler, boolean traced) {
        if (path.startsWith("/v1/") && scope == null) {
            throw new IllegalArgumentException(method + " " + path + ": every /v1 route needs a scope");
        }
        routes.add(new Route(method, path, scope, handler, traced, null));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
