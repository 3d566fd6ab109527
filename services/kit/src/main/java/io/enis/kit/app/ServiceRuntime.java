package io.enis.kit.app;

import io.enis.kit.config.CommonConfig;
import io.enis.kit.db.Database;
import io.enis.kit.health.HealthCheck;
import io.enis.kit.health.Readiness;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.tracing.Tracing;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/** What the kit hands a service while it installs itself: routes, stores, meters, tracing, clock, lifecycle. */
public final class ServiceRuntime {
    private final CommonConfig common;
    private final Database database;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Idempotency idempotency;
    private final Readiness readiness;
    private final Tracing tracing;
    private final Api api = new Api();
    private final Deque<AutoCloseable> stopSteps = new ArrayDeque<>();

    ServiceRuntime(
            CommonConfig common,
            Database database,
            MeterRegistry registry,
            Clock clock,
            Idempotency idempotency,
            Readiness readiness,
            Tracing tracing) {
        this.common = common;
        this.database = database;
        this.registry = registry;
        this.clock = clock;
        this.idempotency = idempotency;
        this.readiness = readiness;
        this.tracing = tracing;
    }

    public Api api() {
        return api;
    }

    public CommonConfig common() {
        return common;
    }

    public Database database() {
        return database;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The service's clock: the system clock in production, a controllable one in tests. */
    public Clock clock() {
        return clock;
    }

    /**
     * The service's own tracing ({@link Tracing#off()} unless {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set):
     * request handlers run inside their server span; outbound calls go through
     * {@link io.enis.kit.tracing.ClientSpans}. Closed by the kit after the stop steps.
     */
    public Tracing tracing() {
        return tracing;
    }

    public Idempotency idempotency() {
        return idempotency;
    }

    /** Adds a readiness check. */
    public void readinessCheck(String name, HealthCheck check) {
        readiness.add(name, check);
    }

    /** Runs {@code step} at shutdown, after requests drained, in reverse order of registration. */
    public void onStop(AutoCloseable step) {
        stopSteps.push(step);
    }

    Deque<AutoCloseable> stopSteps() {
        return stopSteps;
    }
}
