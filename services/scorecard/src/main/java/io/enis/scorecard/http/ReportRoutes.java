package io.enis.scorecard.http;

import io.enis.kit.app.Api;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.enis.scorecard.Scopes;
import io.enis.scorecard.report.ReportFormat;
import io.enis.scorecard.report.ReportService;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /v1/analytics/reports}: make a report now or schedule one (POST, with {@code Idempotency-Key});
 * download a report as JSON, HTML or PDF ({@code ?format=json|html|pdf}, else by {@code Accept}:
 * JSON unless HTML or PDF is preferred); read a schedule.
 */
public final class ReportRoutes {
    private static final List<String> OFFERED = List.of("application/json", "text/html", "application/pdf");

    private final ReportService reports;
    private final Idempotency idempotency;

    public ReportRoutes(ReportService reports, Idempotency idempotency) {
        this.reports = reports;
        this.idempotency = idempotency;
    }

    public void register(Api api) {
        api.post("/v1/analytics/reports", Scopes.ANALYTICS_WRITE, idempotency.wrap(this::create));
        api.get("/v1/analytics/reports/{id}", Scopes.ANALYTICS_READ, this::download);
        api.get("/v1/analytics/reports/schedules/{id}", Scopes.ANALYTICS_READ, this::schedule);
    }

    private void create(Context ctx) {
        var created = reports.create(Json.parse(ctx.bodyAsBytes()));
        if (created.report() != null) {
            ctx.header("Location", created.report().href());
            Responses.json(ctx, 201, ReportJson.report(created.report()));
        } else {
            ctx.header(
                    "Location",
                    "/v1/analytics/reports/schedules/" + created.schedule().id());
            Responses.json(ctx, 201, ReportJson.schedule(created.schedule()));
        }
    }

    private void download(Context ctx) {
        ReportFormat format = format(ctx);
        byte[] body = reports.body(ctx.pathParam("id"), format);
        ctx.header("Vary", "Accept");
        switch (format) {
            case HTML -> DashboardRoutes.page(ctx, new String(body, StandardCharsets.UTF_8));
            case PDF -> {
                ctx.header("Content-Disposition", "inline; filename=\"" + ctx.pathParam("id") + ".pdf\"");
                ctx.status(200).contentType(format.mediaType()).result(body);
            }
            case JSON -> ctx.status(200).contentType(format.mediaType()).result(body);
        }
    }

    private void schedule(Context ctx) {
        Responses.ok(ctx, ReportJson.schedule(reports.schedule(ctx.pathParam("id"))));
    }

    private static ReportFormat format(Context ctx) {
        String asked = ctx.queryParam("format");
        if (asked != null) {
            return ReportFormat.of(asked)
                    .orElseThrow(() -> InvalidInputException.of(
                            List.of(new Violation("format", "must be one of json, html, pdf"))));
        }
        return switch (AcceptHeader.preferred(ctx.header("Accept"), OFFERED)) {
            case "text/html" -> ReportFormat.HTML;
            case "application/pdf" -> ReportFormat.PDF;
            default -> ReportFormat.JSON;
        };
    }
}
