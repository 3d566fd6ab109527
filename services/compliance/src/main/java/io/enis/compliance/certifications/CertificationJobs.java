package io.enis.compliance.certifications;

import io.enis.kit.events.OutboxRelay;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.jobs.LeaderSchedule;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance service's background work, every {@code interval}, on the replica that holds the
 * {@code compliance-jobs} {@link LeaderLease} only (the kit's {@link LeaderSchedule}): the certificates'
 * expiry warnings that are due, then the outbox relay to the cloud-bus (when configured).
 */
public final class CertificationJobs implements AutoCloseable {
    /** Outbox events published per tick at most. */
    static final int RELAY_BATCH = 1_000;

    /** What one tick did; {@code ran} false when another replica holds the lease. */
    public record Tick(boolean ran, int warningsSent, int eventsPublished) {}

    private final ExpiryWarnings warnings;
    private final Optional<OutboxRelay> relay;
    private final LeaderSchedule<Tick> schedule;

    public CertificationJobs(
            LeaderLease lease, ExpiryWarnings warnings, Optional<OutboxRelay> relay, Duration interval) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.schedule = new LeaderSchedule<>("compliance-jobs", lease, interval, this::work);
    }

    /** Starts ticking every {@code interval}, the first one after one interval. */
    public void start() {
        schedule.start();
    }

    /** One tick now (the schedule's, or a test's). */
    public Tick runOnce() {
        return schedule.runOnce().orElse(new Tick(false, 0, 0));
    }

    private Tick work() {
        int sent = warnings.sendDue();
        int published = relay.map(r -> r.publishDue(RELAY_BATCH)).orElse(0);
        return new Tick(true, sent, published);
    }

    @Override
    public void close() throws InterruptedException {
        schedule.close();
    }
}
