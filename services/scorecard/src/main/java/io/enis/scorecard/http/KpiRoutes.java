package io.enis.scorecard.http;

import io.enis.kit.app.Api;
import io.enis.kit.http.QueryParams;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.enis.scorecard.Scopes;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.pull.KpiSources;
import io.javalin.http.Context;

/** {@code /v1/analytics/kpis}: define, list, read; record and read values. */
public final class KpiRoutes {
    private final KpiService kpis;
    private final KpiSources sources;
    private final Idempotency idempotency;

    public KpiRoutes(KpiService kpis, KpiSources sources, Idempotency idempotency) {
        this.kpis = kpis;
        this.sources = sources;
        this.idempotency = idempotency;
    }

    public void register(Api api) {
        api.post("/v1/analytics/kpis", Scopes.ANALYTICS_WRITE, idempotency.wrap(this::create));
        api.get("/v1/analytics/kpis", Scopes.ANALYTICS_READ, this::list);
        api.get("/v1/analytics/kpis/{id}", Scopes.ANALYTICS_READ, ctx -> {
            var kpi = kpis.get(ctx.pathParam("id"));
            Responses.ok(ctx, KpiJson.kpi(kpi, sources.status(kpi.id()).orElse(null)));
        });
        api.post("/v1/analytics/kpis/{id}/values", Scopes.ANALYTICS_WRITE, idempotency.wrap(this::record));
        api.get("/v1/analytics/kpis/{id}/values", Scopes.ANALYTICS_READ, this::values);
    }

    private void create(Context ctx) {
        var kpi = sources.create(Json.parse(ctx.bodyAsBytes()));
        ctx.header("Location", "/v1/analytics/kpis/" + kpi.id());
        Responses.json(ctx, 201, KpiJson.kpi(kpi, sources.status(kpi.id()).orElse(null)));
    }

    private void list(Context ctx) {
        int limit = QueryParams.intInRange(ctx.queryParam("limit"), "limit", 100, 1, 1000);
        int offset = QueryParams.intInRange(ctx.queryParam("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        var page = kpis.list(ctx.queryParam("owner"), ctx.queryParam("tag"), offset, limit);
        var pulled = sources.statuses(page.stream().map(Kpi::id).toList());
        Responses.ok(
                ctx,
                Json.object(
                        "kpis",
                        page.stream()
                                .map(k -> KpiJson.kpi(k, pulled.get(k.id())))
                                .toList()));
    }

    private void record(Context ctx) {
        String id = ctx.pathParam("id");
        int stored = kpis.record(id, Json.parse(ctx.bodyAsBytes()));
        Responses.ok(ctx, Json.object("kpiId", id, "stored", stored));
    }

    private void values(Context ctx) {
        var range = TimeRangeParams.read(ctx);
        Responses.ok(
                ctx, Json.object("values", KpiJson.values(kpis.values(ctx.pathParam("id"), range.from(), range.to()))));
    }
}
