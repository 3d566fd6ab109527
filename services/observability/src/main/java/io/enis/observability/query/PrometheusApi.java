package io.enis.observability.query;

import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request and response conventions of the Prometheus HTTP API under {@value #BASE}: parameters from
 * the query string or, for POST, a form body (as Grafana sends them); answers as
 * {@code {"status": "success", "data": …}}. Errors stay problem+json, like every other endpoint.
 */
public final class PrometheusApi {
    /** Where the Prometheus-compatible API is served. */
    public static final String BASE = "/v1/metrics/prometheus/api/v1";

    private PrometheusApi() {}

    /** 200 with {@code {"status": "success", "data": data}}. */
    public static void success(Context ctx, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("data", data);
        Responses.ok(ctx, body);
    }

    /** A parameter from the query string or, for POST, the form body; blank counts as absent. */
    public static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null && isForm(ctx)) {
            v = ctx.formParam(name);
        }
        return v == null || v.isBlank() ? null : v;
    }

    /** Every value of a repeated parameter ({@code match[]}), from the query string and a POST form. */
    public static List<String> params(Context ctx, String name) {
        List<String> values = new ArrayList<>(ctx.queryParams(name));
        if (isForm(ctx)) {
            values.addAll(ctx.formParams(name));
        }
        return values.stream().filter(v -> !v.isBlank()).toList();
    }

    /** @throws ProblemException 400 naming the parameter when it is absent */
    public static String required(Context ctx, String name) {
        String v = param(ctx, name);
        if (v == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return v;
    }

    /** The {@code limit} parameter: a non-negative integer, 0 (the default) for none. */
    public static int limit(Context ctx) {
        String v = param(ctx, "limit");
        if (v == null) {
            return 0;
        }
        try {
            int limit = Integer.parseInt(v);
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidField("limit", "must be a non-negative integer (0: no limit); got '" + v + "'");
    }

    private static boolean isForm(Context ctx) {
        return ctx.method().name().equals("POST")
                && ctx.contentType() != null
                && ctx.contentType().startsWith("application/x-www-form-urlencoded");
    }
}
