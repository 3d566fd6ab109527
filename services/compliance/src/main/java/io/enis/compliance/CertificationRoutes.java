package io.enis.compliance;

import static io.enis.compliance.http.Callers.actor;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.certifications.Certification;
import io.enis.compliance.certifications.Certifications;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.javalin.http.Context;

/**
 * {@code /v1/compliance/certifications}: issue, list, read, renew, revoke, the signed document, and the
 * public verification by id (no API key, limited per client address).
 */
final class CertificationRoutes {
    static final String BASE = "/v1/compliance/certifications";
    private final Certifications certifications;
    private final Idempotency idempotency;
    private final int verifyPerClientPerMinute;

    CertificationRoutes(Certifications certifications, Idempotency idempotency, int verifyPerClientPerMinute) {
        this.certifications = certifications;
        this.idempotency = idempotency;
        this.verifyPerClientPerMinute = verifyPerClientPerMinute;
    }

    void register(Api api) {
        String one = BASE + "/{certification}";
        api.post(BASE, Scopes.WRITE, idempotency.wrap(ctx -> {
            Certification c = certifications.issue(actor(ctx), Json.parse(ctx.bodyAsBytes()));
            ctx.header("Location", BASE + "/" + c.id());
            Responses.json(ctx, 201, c.view(certifications.now()));
        }));
        api.get(BASE, Scopes.READ, ctx -> {
            long now = certifications.now();
            Responses.ok(
                    ctx,
                    Json.object(
                            "certifications",
                            certifications.list().stream().map(c -> c.view(now)).toList()));
        });
        api.get(one, Scopes.READ, ctx -> view(ctx, certifications.get(id(ctx))));
        api.post(
                one + "/renew",
                Scopes.WRITE,
                ctx -> view(ctx, certifications.renew(actor(ctx), id(ctx), optionalBody(ctx))));
        api.post(
                one + "/revoke",
                Scopes.WRITE,
                ctx -> view(ctx, certifications.revoke(actor(ctx), id(ctx), Json.parse(ctx.bodyAsBytes()))));
        api.get(one + "/document", Scopes.READ, ctx -> Responses.ok(ctx, certifications.document(id(ctx))));
        api.publicGetPerClient(
                one + "/verify",
                verifyPerClientPerMinute,
                ctx -> Responses.ok(ctx, certifications.verification(id(ctx))));
    }

    private void view(Context ctx, Certification c) {
        Responses.ok(ctx, c.view(certifications.now()));
    }

    private static String id(Context ctx) {
        return ctx.pathParam("certification");
    }

    /** The body as JSON, or {@code null} when there is none (renewal takes an empty body). */
    private static JsonNode optionalBody(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        return body.length == 0 ? null : Json.parse(body);
    }
}
