package io.enis.kit.app;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of a service. Every {@code /v1} route names the scope its caller needs; the kit
 * authenticates, rate-limits and meters them, and the OpenAPI contract test compares this list with
 * the service's {@code openapi.json}.
 */
public final class Api {
    private final List<Route> routes = new ArrayList<>();

    /**
     * One route: method, Javalin path ({@code /v1/traces/{traceId}}), scope ({@code null}: public), and
     * whether its requests get a server span when tracing is on.
     */
    public record Route(HandlerType method, String path, String scope, Handler handler, boolean traced) {
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
     * Stops tracing an added route — for example where spans are received: an exporter pointed at the
     * service itself would otherwise make a span of every export, and export that one too.
     *
     * @throws IllegalArgumentException when no such route was added
     */
    public Api untraced(HandlerType method, String path) {
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            if (r.method() == method && r.path().equals(path)) {
                routes.set(i, new Route(r.method(), r.path(), r.scope(), r.handler(), false));
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
        routes.add(new Route(method, path, scope, handler, traced));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
