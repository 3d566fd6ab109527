package io.enis.kit.auth;

import java.util.Set;

/**
 * Who is calling: the API key's id and name, its scopes and its own rate limit.
 *
 * @param rateLimitPerMinute {@code 0} means the service's {@code RATE_LIMIT_PER_MINUTE}
 */
public record Principal(String keyId, String name, Set<String> scopes, int rateLimitPerMinute) {
    /** Id of the principal of {@code ENIS_ADMIN_API_KEY}. */
    public static final String BOOTSTRAP_ID = "bootstrap";

    public Principal {
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
