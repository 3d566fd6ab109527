package io.enis.kit.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code /v1/admin/keys}: create (the secret is in the response once), list and revoke API keys.
 * Needs the {@value #SCOPE} scope, which {@code ENIS_ADMIN_API_KEY} carries.
 */
public final class KeyAdminRoutes {
    /** Scope of the key administration routes. */
    public static final String SCOPE = "keys:admin";

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._:/@-]{1,200}");

    private final ApiKeys keys;
    private final Authenticator authenticator;
    private final Set<String> allowedScopes;

    public KeyAdminRoutes(ApiKeys keys, Authenticator authenticator, Set<String> allowedScopes) {
        this.keys = keys;
        this.authenticator = authenticator;
        this.allowedScopes = new TreeSet<>(allowedScopes);
    }

    public void register(Api api) {
        api.post("/v1/admin/keys", SCOPE, this::create);
        api.get(
                "/v1/admin/keys",
                SCOPE,
                ctx -> Responses.ok(
                        ctx,
                        Map.of(
                                "keys",
                                keys.list().stream().map(KeyAdminRoutes::view).toList())));
        api.delete("/v1/admin/keys/{keyId}", SCOPE, this::revoke);
    }

    private void create(Context ctx) {
        JsonNode body = Json.parse(ctx.bodyAsBytes());
        var f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String name = f.requiredText(body, "name", "name", NAME, "1 to 200 letters, digits, spaces or ._:/@-");
        Set<String> scopes = new TreeSet<>();
        JsonNode list = body.get("scopes");
        if (list == null || !list.isArray() || list.isEmpty()) {
            f.reject("scopes", "must be a non-empty array; allowed: " + String.join(", ", allowedScopes));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode s = list.get(i);
                if (!s.isTextual() || !allowedScopes.contains(s.textValue())) {
                    f.reject("scopes[" + i + "]", "must be one of " + String.join(", ", allowedScopes));
                } else {
                    scopes.add(s.textValue());
                }
            }
        }
        Double rate = f.optionalNumber(body, "rateLimitPerMinute", "rateLimitPerMinute");
        if (rate != null && (rate != Math.floor(rate) || rate < 1 || rate > 10_000_000)) {
            f.reject("rateLimitPerMinute", "must be a whole number from 1 to 10000000 (absent: the service default)");
        }
        f.throwIfInvalid();
        var created = keys.create(name, scopes, rate == null ? 0 : rate.intValue());
        Map<String, Object> out = view(created.stored());
        out.put("key", created.secret());
        ctx.header("Location", "/v1/admin/keys/" + created.stored().id());
        Responses.json(ctx, 201, out);
    }

    private void revoke(Context ctx) {
        String id = ctx.pathParam("keyId");
        var revoked = keys.revoke(id).orElseThrow(() -> ProblemException.notFound("no API key " + id));
        authenticator.invalidate();
        Responses.ok(ctx, view(revoked));
    }

    private static Map<String, Object> view(ApiKeys.StoredKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("name", k.name());
        m.put("scopes", List.copyOf(k.scopes()));
        m.put("rateLimitPerMinute", k.rateLimitPerMinute() == 0 ? null : k.rateLimitPerMinute());
        m.put("createdAt", k.createdAt().toString());
        m.put("revokedAt", k.revokedAt() == null ? null : k.revokedAt().toString());
        return m;
    }
}
