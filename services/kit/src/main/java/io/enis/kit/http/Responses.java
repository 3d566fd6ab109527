package io.enis.kit.http;

import io.javalin.http.Context;

/**
 * Writes responses as strings, so the {@link io.enis.kit.idempotency.Idempotency} helper can store and
 * replay exactly what was sent.
 */
public final class Responses {
    private Responses() {
    }

    /** {@code status} with {@code body} as JSON. */
    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    /** 200 with {@code body} as JSON. */
    public static void ok(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    /** A problem as {@code application/problem+json}, placed at this request. */
    public static void problem(Context ctx, ProblemException e) {
        e.headers().forEach(h -> ctx.header(h[0], h[1]));
        Problem p = e.problem().at(ctx.path(), RequestIds.current(ctx));
        ctx.status(p.status()).contentType(Problem.CONTENT_TYPE).result(Json.write(p));
    }
}
