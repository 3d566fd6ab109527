package io.enis.compliance;

import static io.enis.compliance.http.Callers.actor;

import io.enis.compliance.scan.Scans;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;

/** {@code POST /v1/compliance/audit/{audit}/scan}: Terraform JSON or a plan in, evidence on the mapped controls out. */
final class ScanRoutes {
    private final Scans scans;

    ScanRoutes(Scans scans) {
        this.scans = scans;
    }

    void register(Api api) {
        api.post(
                AuditRoutes.BASE + "/{audit}/scan",
                Scopes.WRITE,
                ctx -> Responses.json(
                        ctx,
                        201,
                        scans.scan(actor(ctx), ctx.pathParam("audit"), ctx.queryParam("stack"), ctx.bodyAsBytes())));
    }
}
