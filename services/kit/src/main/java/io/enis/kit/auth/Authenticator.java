package io.enis.kit.auth;

import io.enis.kit.http.ProblemException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;

/**
 * Checks {@code Authorization: Bearer <key>} on every route marked with a {@link ScopeRole}: 401 when
 * the header is missing or the key unknown or revoked, 403 when the key lacks the route's scope.
 * Lookups are cached for {@link #CACHE_TTL} per key hash; a revocation made through this instance
 * takes effect at once, one made through another replica within that time.
 */
public final class Authenticator {
    /** How long a key lookup is reused. */
    public static final Duration CACHE_TTL = Duration.ofSeconds(5);

    private static final String ATTRIBUTE = "enis.principal";

    private final ApiKeys keys;
    private final List<DeploymentKey> deploymentKeys;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<Principal> principal, long expiresAtNanos) {}

    /**
     * @param keys           the stored keys
     * @param deploymentKeys keys from the environment, compared in constant time before the stored ones:
     *                       the {@code ENIS_ADMIN_API_KEY} bootstrap key and the peers' keys
     */
    public Authenticator(ApiKeys keys, List<DeploymentKey> deploymentKeys) {
        this.keys = keys;
        this.deploymentKeys = List.copyOf(deploymentKeys);
    }

    /** Before-matched handler: authenticates and authorizes routes that carry a scope. */
    public void check(Context ctx) {
        String scope = ctx.routeRoles().stream()
                .filter(ScopeRole.class::isInstance)
                .map(r -> ((ScopeRole) r).scope())
                .findFirst()
                .orElse(null);
        if (scope == null) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ProblemException.unauthorized("send an API key as 'Authorization: Bearer <key>'");
        }
        Principal principal = resolve(header.substring(7).trim())
                .orElseThrow(() -> ProblemException.unauthorized("the API key is unknown or revoked"));
        ctx.attribute(ATTRIBUTE, principal);
        MDC.put("key_id", principal.keyId());
        if (!principal.hasScope(scope)) {
            throw ProblemException.forbidden("the API key lacks the scope '" + scope + "' this endpoint needs");
        }
    }

    /** The authenticated caller of this request. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        if (p == null) {
            throw new IllegalStateException("route " + ctx.path() + " has no scope, so it has no principal");
        }
        return p;
    }

    /** The caller if this request was authenticated. */
    public static Optional<Principal> optionalPrincipal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** Forgets cached lookups (after a revocation). */
    public void invalidate() {
        cache.clear();
    }

    private Optional<Principal> resolve(String secret) {
        String hash = ApiKeys.hash(secret);
        byte[] hashBytes = hash.getBytes(StandardCharsets.US_ASCII);
        for (DeploymentKey key : deploymentKeys) {
            if (MessageDigest.isEqual(key.hash(), hashBytes)) {
                return Optional.of(key.principal());
            }
        }
        long now = System.nanoTime();
        Cached cached = cache.get(hash);
        if (cached != null && cached.expiresAtNanos - now > 0) {
            return cached.principal;
        }
        Optional<Principal> found = keys.findActiveByHash(hash).map(ApiKeys.StoredKey::principal);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(hash, new Cached(found, now + CACHE_TTL.toNanos()));
        return found;
    }
}
