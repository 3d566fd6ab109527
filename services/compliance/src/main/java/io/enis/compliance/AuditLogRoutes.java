package io.enis.compliance;

import io.enis.compliance.auditlog.AuditEntry;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.auditlog.AuditSigner;
import io.enis.compliance.auditlog.Digest;
import io.enis.kit.app.Api;
import io.enis.kit.http.QueryParams;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /v1/compliance/audit-log}: entries, digests, the public key, verification, signing a digest now. */
final class AuditLogRoutes {
    private final AuditLog log;

    AuditLogRoutes(AuditLog log) {
        this.log = log;
    }

    void register(Api api) {
        String base = "/v1/compliance/audit-log";
        api.get(base, Scopes.READ, ctx -> {
            long after = QueryParams.intInRange(ctx.queryParam("after"), "after", 0, 0, Integer.MAX_VALUE);
            int limit = QueryParams.intInRange(ctx.queryParam("limit"), "limit", 100, 1, 1000);
            List<Map<String, Object>> entries =
                    log.entries(after, limit).stream().map(AuditEntry::view).toList();
            Responses.ok(ctx, Json.object("entries", entries));
        });
        api.get(base + "/verify", Scopes.READ, ctx -> Responses.ok(ctx, log.verify()));
        api.get(
                base + "/digests",
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        Json.object(
                                "digests",
                                log.digests().stream().map(Digest::view).toList())));
        api.post(
                base + "/digests",
                Scopes.ADMIN,
                ctx -> log.signDigest()
                        .ifPresentOrElse(d -> Responses.json(ctx, 201, d.view()), () -> ctx.status(204)));
        api.get(base + "/public-key", Scopes.READ, ctx -> Responses.ok(ctx, publicKey(log.signer())));
    }

    private static Map<String, Object> publicKey(AuditSigner signer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", AuditSigner.ALGORITHM);
        m.put("keyId", signer.keyId());
        m.put("ephemeral", signer.isEphemeral());
        m.put("publicKey", signer.publicKeyBase64());
        m.put("pem", signer.publicKeyPem());
        return m;
    }
}
