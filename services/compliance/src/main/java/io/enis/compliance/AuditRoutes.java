package io.enis.compliance;

import static io.enis.compliance.http.Callers.actor;

import io.enis.compliance.audits.Audit;
import io.enis.compliance.audits.Audits;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;

/** {@code /v1/compliance/audit}: audits, their workflow, decisions on controls and control status as of a date. */
final class AuditRoutes {
    static final String BASE = "/v1/compliance/audit";
    private final Audits audits;
    private final Idempotency idempotency;

    AuditRoutes(Audits audits, Idempotency idempotency) {
        this.audits = audits;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        api.post(BASE, Scopes.WRITE, idempotency.wrap(ctx -> {
            Audit audit = audits.create(actor(ctx), Json.parse(ctx.bodyAsBytes()));
            ctx.header("Location", BASE + "/" + audit.id());
            Responses.json(ctx, 201, audit.view());
        }));
        api.get(
                BASE,
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        Json.object(
                                "audits", audits.all().stream().map(Audit::view).toList())));
        api.get(
                BASE + "/{audit}",
                Scopes.READ,
                ctx -> Responses.ok(ctx, audits.get(ctx.pathParam("audit")).view()));
        api.post(
                BASE + "/{audit}/status",
                Scopes.WRITE,
                ctx -> Responses.ok(
                        ctx,
                        audits.transition(actor(ctx), ctx.pathParam("audit"), Json.parse(ctx.bodyAsBytes()))
                                .view()));
        api.get(
                BASE + "/{audit}/controls",
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        audits.statuses(ctx.pathParam("audit"), ctx.queryParam("framework"), ctx.queryParam("asOf"))
                                .view()));
        api.get(
                BASE + "/{audit}/controls/{framework}/{control}",
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        audits.status(
                                        ctx.pathParam("audit"),
                                        ctx.pathParam("framework"),
                                        ctx.pathParam("control"),
                                        ctx.queryParam("asOf"))
                                .view()));
        api.put(
                BASE + "/{audit}/controls/{framework}/{control}",
                Scopes.WRITE,
                ctx -> Responses.ok(
                        ctx,
                        audits.decide(
                                        actor(ctx),
                                        ctx.pathParam("audit"),
                                        ctx.pathParam("framework"),
                                        ctx.pathParam("control"),
                                        Json.parse(ctx.bodyAsBytes()))
                                .view()));
    }
}
