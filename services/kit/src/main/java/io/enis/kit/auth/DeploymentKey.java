package io.enis.kit.auth;

import io.enis.kit.config.Settings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An API key the deployment hands to a service in an environment variable, with scopes the service
 * fixes: how a peer service gets in without an operator creating a key first (the stacks generate one
 * secret and give it to both sides — for example the key observability publishes alerts to the
 * cloud-bus with). Compared in constant time like {@code ENIS_ADMIN_API_KEY}; not stored, listed or
 * revocable through {@code /v1/admin/keys}: rotate it by changing the secret.
 *
 * <p>{@code ENIS_ADMIN_API_KEY} is one too, with every scope ({@link #bootstrap}).
 *
 * @param keyId    the caller's key id in logs ({@code env:<variable>}, or {@code bootstrap})
 * @param variable the environment variable, which is also the caller's name
 * @param hash     SHA-256 of the key, as {@link ApiKeys#hash} gives it (ASCII hex)
 * @param scopes   what the key may do
 */
public record DeploymentKey(String keyId, String variable, byte[] hash, Set<String> scopes) {
    public DeploymentKey {
        scopes = Set.copyOf(scopes);
    }

    private static DeploymentKey of(String keyId, String variable, String secret, Set<String> scopes) {
        return new DeploymentKey(keyId, variable, ApiKeys.hash(secret).getBytes(StandardCharsets.US_ASCII), scopes);
    }

    /** The {@code ENIS_ADMIN_API_KEY} bootstrap key: every scope of the service. */
    public static DeploymentKey bootstrap(String secret, Set<String> allScopes) {
        return of(Principal.BOOTSTRAP_ID, "ENIS_ADMIN_API_KEY", secret, allScopes);
    }

    /**
     * Reads the keys {@code wanted} names (variable → scopes); absent ones are skipped, short ones
     * reported through {@code settings}.
     */
    public static List<DeploymentKey> read(Settings settings, Map<String, Set<String>> wanted) {
        List<DeploymentKey> keys = new ArrayList<>();
        new TreeMap<>(wanted)
                .forEach((variable, scopes) -> settings.optional(
                                variable,
                                "API key granting " + String.join(", ", new TreeSet<>(scopes))
                                        + " to a peer service (the stacks set it from a generated secret); at least 32 characters")
                        .ifPresent(secret -> {
                            if (secret.length() < 32) {
                                settings.reject(variable + ": must be at least 32 characters");
                            } else {
                                keys.add(of("env:" + variable, variable, secret, scopes));
                            }
                        }));
        return List.copyOf(keys);
    }

    /** The caller this key authenticates. */
    Principal principal() {
        return new Principal(keyId, variable, scopes, 0);
    }
}
