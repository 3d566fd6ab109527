package io.enis.kit.health;

/** One readiness check: returns normally when healthy, throws with a short reason when not. */
@FunctionalInterface
public interface HealthCheck {
    void check() throws Exception;
}
