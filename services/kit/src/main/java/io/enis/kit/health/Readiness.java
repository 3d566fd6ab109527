package io.enis.kit.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code /health/ready}: every registered check (the database, the service's own stores) must pass,
 * and the service must not be shutting down. {@code /health/live} only says the process answers.
 */
public final class Readiness {
    private final Map<String, HealthCheck> checks = new LinkedHashMap<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** Adds a named check. */
    public void add(String name, HealthCheck check) {
        checks.put(name, check);
    }

    /** From now on the service reports not ready (shutdown has begun). */
    public void drain() {
        draining.set(true);
    }

    /** Result of every check: {@code "UP"} or {@code "DOWN: reason"}. */
    public Report evaluate() {
        Map<String, String> results = new LinkedHashMap<>();
        boolean up = !draining.get();
        if (draining.get()) {
            results.put("shutdown", "DOWN: shutting down");
        }
        for (var e : checks.entrySet()) {
            try {
                e.getValue().check();
                results.put(e.getKey(), "UP");
            } catch (Exception ex) {
                up = false;
                results.put(
                        e.getKey(),
                        "DOWN: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            }
        }
        return new Report(up ? "UP" : "DOWN", results);
    }

    /** The readiness response body. */
    public record Report(String status, Map<String, String> checks) {
        public boolean up() {
            return "UP".equals(status);
        }
    }
}
