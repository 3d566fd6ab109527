package io.enis.compliance;

import static io.enis.compliance.http.Callers.actor;

import io.enis.compliance.oscal.OscalCatalogExport;
import io.enis.compliance.oscal.OscalImports;
import io.enis.compliance.reports.Reports;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Json;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /v1/compliance/oscal}: the catalogue as an OSCAL catalog, imports of OSCAL catalogs and profiles as
 * frameworks, and an audit's system security plan skeleton. (An audit's assessment results are its report in
 * {@code ?format=oscal}.)
 */
final class OscalRoutes {
    private final OscalCatalogExport export;
    private final OscalImports imports;
    private final Reports reports;
    private final Clock clock;

    OscalRoutes(OscalCatalogExport export, OscalImports imports, Reports reports, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.reports = reports;
        this.clock = clock;
    }

    void register(Api api) {
        String base = "/v1/compliance/oscal";
        api.get(base + "/catalog", Scopes.READ, ctx -> {
            String frameworks = ctx.queryParam("framework");
            List<String> ids =
                    frameworks == null || frameworks.isBlank() ? List.of() : Arrays.asList(frameworks.split(","));
            Responses.ok(ctx, export.catalog(ids, clock.instant()));
        });
        api.post(
                base + "/catalogs",
                Scopes.ADMIN,
                ctx -> Responses.json(
                        ctx, 201, imports.importCatalog(actor(ctx), ctx.bodyAsBytes(), ctx.queryParam("framework"))));
        api.post(
                base + "/profiles",
                Scopes.ADMIN,
                ctx -> Responses.json(
                        ctx, 201, imports.importProfile(actor(ctx), ctx.bodyAsBytes(), ctx.queryParam("framework"))));
        api.get(base + "/imports", Scopes.READ, ctx -> Responses.ok(ctx, Json.object("imports", imports.all())));
        api.get(
                base + "/imports/{framework}/document",
                Scopes.READ,
                ctx -> Responses.ok(ctx, imports.document(ctx.pathParam("framework"))));
        api.get(
                base + "/ssp/{audit}",
                Scopes.READ,
                ctx -> Responses.ok(ctx, reports.systemSecurityPlan(ctx.pathParam("audit"), ctx.queryParam("asOf"))));
    }
}
