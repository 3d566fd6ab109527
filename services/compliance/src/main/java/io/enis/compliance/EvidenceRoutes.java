package io.enis.compliance;

import static io.enis.compliance.http.Callers.actor;

import io.enis.compliance.evidence.Evidence;
import io.enis.compliance.evidence.EvidenceUploads;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Json;
import io.javalin.http.Context;

/** {@code /v1/compliance/audit/{audit}/evidence}: file uploads, links, listing and downloading. */
final class EvidenceRoutes {
    private final EvidenceUploads uploads;

    EvidenceRoutes(EvidenceUploads uploads) {
        this.uploads = uploads;
    }

    void register(Api api) {
        String base = AuditRoutes.BASE + "/{audit}/evidence";
        api.post(
                base,
                Scopes.WRITE,
                ctx -> created(ctx, uploads.link(actor(ctx), ctx.pathParam("audit"), Json.parse(ctx.bodyAsBytes()))));
        api.post(
                base + "/files",
                Scopes.WRITE,
                ctx -> created(
                        ctx,
                        uploads.upload(
                                actor(ctx),
                                ctx.pathParam("audit"),
                                new EvidenceUploads.FileUpload(
                                        ctx.queryParam("title"),
                                        ctx.queryParam("controls"),
                                        ctx.queryParam("sha256"),
                                        ctx.queryParam("collectedAt"),
                                        ctx.queryParam("collector"),
                                        ctx.queryParam("type")),
                                ctx.bodyAsBytes())));
        api.get(
                base,
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        Json.object(
                                "evidence",
                                uploads.list(ctx.pathParam("audit")).stream()
                                        .map(Evidence::view)
                                        .toList())));
        api.get(
                base + "/{evidence}",
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        uploads.get(ctx.pathParam("audit"), ctx.pathParam("evidence"))
                                .view()));
        api.get(
                base + "/{evidence}/content",
                Scopes.READ,
                ctx -> ctx.status(200)
                        .contentType("application/octet-stream")
                        .result(uploads.content(ctx.pathParam("audit"), ctx.pathParam("evidence"))));
    }

    private static void created(Context ctx, Evidence e) {
        ctx.header("Location", AuditRoutes.BASE + "/" + e.auditId() + "/evidence/" + e.id());
        Responses.json(ctx, 201, e.view());
    }
}
