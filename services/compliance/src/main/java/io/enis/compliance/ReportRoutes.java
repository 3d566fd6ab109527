package io.enis.compliance;

import io.enis.compliance.reports.Reports;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;

/** {@code /v1/compliance/reports}: an audit's summary, and the report of one of its frameworks, as of a date. */
final class ReportRoutes {
    private final Reports reports;

    ReportRoutes(Reports reports) {
        this.reports = reports;
    }

    void register(Api api) {
        String base = "/v1/compliance/reports/{audit}";
        api.get(
                base,
                Scopes.READ,
                ctx -> Responses.ok(ctx, reports.audit(ctx.pathParam("audit"), ctx.queryParam("asOf"))));
        api.get(
                base + "/{framework}",
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        reports.framework(ctx.pathParam("audit"), ctx.pathParam("framework"), ctx.queryParam("asOf"))));
    }
}
