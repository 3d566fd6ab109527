package io.enis.scorecard.http;

import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.enis.scorecard.Scopes;
import io.enis.scorecard.dashboard.DashboardService;
import io.enis.scorecard.grafana.GrafanaExport;
import io.enis.scorecard.page.DashboardPage;
import io.enis.scorecard.page.PanelCards;
import io.javalin.http.Context;

/**
 * {@code /v1/analytics/dashboard}: create; read as JSON, or as an HTML page when the {@code Accept}
 * header prefers it (served with a strict Content-Security-Policy); export as a Grafana dashboard
 * ({@code /grafana}).
 */
public final class DashboardRoutes {
    private final DashboardService dashboards;
    private final Idempotency idempotency;
    private final GrafanaExport grafana;
    private final DashboardViewBody viewBody = new DashboardViewBody(DashboardViewBody.DEFAULT_MAX_BYTES);
    private final PanelCards cards = new PanelCards(PanelCards.DEFAULT_MAX_CHARS);

    public DashboardRoutes(DashboardService dashboards, Idempotency idempotency, GrafanaExport grafana) {
        this.dashboards = dashboards;
        this.idempotency = idempotency;
        this.grafana = grafana;
    }

    public void register(Api api) {
        api.post("/v1/analytics/dashboard", Scopes.ANALYTICS_WRITE, idempotency.wrap(this::create));
        api.get("/v1/analytics/dashboard/{id}", Scopes.ANALYTICS_READ, this::view);
        api.get("/v1/analytics/dashboard/{id}/grafana", Scopes.ANALYTICS_READ, this::grafana);
    }

    private void create(Context ctx) {
        var d = dashboards.create(Json.parse(ctx.bodyAsBytes()));
        ctx.header("Location", "/v1/analytics/dashboard/" + d.id());
        Responses.json(ctx, 201, DashboardJson.dashboard(d));
    }

    private void grafana(Context ctx) {
        var dashboard = grafana.export(ctx.pathParam("id"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("id") + ".grafana.json\"");
        Responses.ok(ctx, dashboard);
    }

    private void view(Context ctx) {
        var view = dashboards.view(ctx.pathParam("id"));
        ctx.header("Vary", "Accept");
        if (AcceptHeader.prefersHtml(ctx.header("Accept"))) {
            page(ctx, DashboardPage.render(view, cards));
        } else {
            // the bytes Responses.ok(ctx, DashboardJson.view(view)) writes, each panel serialized (and
            // deflated) once; gzip when the client takes it, from the remembered pieces, not Javalin's compressor
            ctx.header("Vary", "Accept, Accept-Encoding");
            if (AcceptHeader.acceptsGzip(ctx.header("Accept-Encoding"))) {
                ctx.disableCompression();
                ctx.header("Content-Encoding", "gzip");
                ctx.status(200).contentType("application/json").result(viewBody.gzip(view));
            } else {
                ctx.status(200).contentType("application/json").result(viewBody.write(view));
            }
        }
    }

    /** A page of {@link DashboardPage}'s making (a dashboard, a report), with its strict policy headers. */
    static void page(Context ctx, String html) {
        ctx.header("Content-Security-Policy", DashboardPage.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        Responses.text(ctx, 200, "text/html; charset=utf-8", html);
    }
}
