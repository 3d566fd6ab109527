package io.enis.billing.http;

import io.enis.billing.store.PageRequest;
import io.enis.kit.http.QueryParams;
import io.javalin.http.Context;

/** The page a list request asks for (read by the routes; the HTTP layer, so it may use Javalin): {@code ?limit=} (1–100, default 20) and {@code ?cursor=}. */
public final class Pages {
    private Pages() {
    }

    public static PageRequest of(Context ctx) {
        return new PageRequest(QueryParams.intInRange(ctx.queryParam("limit"), "limit", PageRequest.DEFAULT, 1, PageRequest.MAX),
                ctx.queryParam("cursor"));
    }
}
