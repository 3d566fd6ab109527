package io.enis.compliance;

import io.enis.compliance.http.ReportFormat;
import io.enis.compliance.reports.AuditBundle;
import io.enis.compliance.reports.ReportHtml;
import io.enis.compliance.reports.Reports;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.javalin.http.Context;

/**
 * {@code /v1/compliance/reports}: an audit's report (its summary in JSON; every framework in HTML, PDF or OSCAL
 * assessment results), one framework's report in any of the four ({@link ReportFormat}), and the auditor
 * bundle.
 */
final class ReportRoutes {
    private final Reports reports;
    private final AuditBundle bundle;

    ReportRoutes(Reports reports, AuditBundle bundle) {
        this.reports = reports;
        this.bundle = bundle;
    }

    void register(Api api) {
        String base = "/v1/compliance/reports/{audit}";
        // registered before "{framework}": framework ids are upper case, so "bundle" is never one
        api.get(base + "/bundle", Scopes.READ, ctx -> {
            String audit = ctx.pathParam("audit");
            byte[] zip = bundle.zip(audit, ctx.queryParam("asOf"));
            ctx.header("Content-Disposition", "attachment; filename=\"" + audit + "-bundle.zip\"");
            ctx.status(200).contentType("application/zip").result(zip);
        });
        api.get(base, Scopes.READ, ctx -> render(ctx, null));
        api.get(base + "/{framework}", Scopes.READ, ctx -> render(ctx, ctx.pathParam("framework")));
    }

    /** One framework's report, or the audit's ({@code framework} null), in the asked format. */
    private void render(Context ctx, String framework) {
        String audit = ctx.pathParam("audit");
        String asOf = ctx.queryParam("asOf");
        switch (ReportFormat.of(ctx.queryParam("format"), ctx.header("Accept"))) {
            case HTML -> {
                ctx.header("Content-Security-Policy", ReportHtml.CONTENT_SECURITY_POLICY);
                Responses.text(ctx, 200, "text/html; charset=utf-8", reports.html(audit, framework, asOf));
            }
            case PDF -> ctx.status(200).contentType("application/pdf").result(reports.pdf(audit, framework, asOf));
            case OSCAL -> Responses.ok(ctx, reports.assessmentResults(audit, framework, asOf));
            case JSON ->
                Responses.ok(
                        ctx,
                        framework == null ? reports.audit(audit, asOf) : reports.framework(audit, framework, asOf));
        }
    }
}
