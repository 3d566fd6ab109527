package io.enis.kit.config;

import java.util.Optional;

/**
 * {@code ENVIRONMENT}: the deployment a service runs in ({@code dev}, {@code staging}, {@code prod};
 * the stacks set it), so that its spans ({@code deployment.environment}) and its log lines
 * ({@code environment}) say which one they come from. Absent (the default): neither carries it.
 *
 * @param name the environment's name, when set
 */
public record DeploymentEnvironment(Optional<String> name) {
    /** The variable. */
    public static final String VARIABLE = "ENVIRONMENT";

    /** Reads {@value #VARIABLE}. */
    public static DeploymentEnvironment read(Settings s) {
        return new DeploymentEnvironment(s.optional(
                VARIABLE,
                "deployment environment (dev, staging, prod): deployment.environment "
                        + "of the exported spans and the environment field of every log line; absent: neither"));
    }
}
