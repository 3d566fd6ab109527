package io.enis.kit.app;

import io.enis.kit.config.Settings;
import java.util.Map;
import java.util.Set;

/**
 * What a service adds to the kit. The kit reads the common settings, opens the database, then calls
 * {@link #readConfig} and {@link #install}; everything else (auth, limits, errors, metrics, health,
 * OpenAPI, shutdown) is the kit's.
 *
 * @param <C> the service's own configuration record
 */
public interface ServiceDefinition<C> {
    /** Short name: {@code observability}; names the jar, the database, the meters and {@code db/<name>}. */
    String name();

    /** Port when {@code PORT} is not set. */
    int defaultPort();

    /** Requests per minute per key when {@code RATE_LIMIT_PER_MINUTE} is not set (seed 000). */
    int defaultRateLimitPerMinute();

    /** Every scope the service's routes use; the bootstrap key carries all of them. */
    Set<String> scopes();

    /**
     * API keys the deployment may hand over in environment variables (variable → the scopes the key
     * grants), so that a peer service can call this one without an operator creating a key first.
     * Default: none.
     */
    default Map<String, Set<String>> deploymentKeys() {
        return Map.of();
    }

    /** Reads the service's own settings; problems are recorded in {@code settings}. */
    C readConfig(Settings settings);

    /** Registers routes, readiness checks and shutdown steps. */
    void install(ServiceRuntime runtime, C config) throws Exception;
}
