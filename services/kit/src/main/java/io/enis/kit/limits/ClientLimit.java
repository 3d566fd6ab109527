package io.enis.kit.limits;

import io.javalin.security.RouteRole;

/**
 * Marks a route without an API key as limited per client address: at most {@code perMinute} requests a
 * minute from one address ({@link RateLimiter#check}). Set by the kit for
 * {@link io.enis.kit.app.Api#publicGetPerClient} routes.
 */
public record ClientLimit(int perMinute) implements RouteRole {
    public ClientLimit {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, was " + perMinute);
        }
    }
}
