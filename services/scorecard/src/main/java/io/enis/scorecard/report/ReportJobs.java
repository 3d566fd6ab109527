package io.enis.scorecard.report;

import io.enis.kit.events.OutboxRelay;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.jobs.LeaderSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scheduled reports and the outbox relay, every {@link #INTERVAL}, on the replica that holds the
 * {@code scorecard-reports} {@link LeaderLease} only (the kit's {@link LeaderSchedule}): due schedules
 * make their reports, then the outbox's events (report.ready) go to the cloud-bus when one is
 * configured. {@link #close()} stops the schedule and gives the lease up.
 */
public final class ReportJobs implements AutoCloseable {
    /** How often due schedules are looked for: a report is made at most this long after its cron time. */
    public static final Duration INTERVAL = Duration.ofSeconds(30);
    /** Outbox events published per tick at most. */
    static final int RELAY_BATCH = 1_000;

    /** What one tick did; {@code ran} false when another replica holds the lease. */
    public record Tick(boolean ran, List<Report> reports, int eventsPublished) {}

    private final ReportService reports;
    private final Optional<OutboxRelay> relay;
    private final LeaderSchedule<Tick> schedule;

    public ReportJobs(LeaderLease lease, ReportService reports, Optional<OutboxRelay> relay, Duration interval) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.schedule = new LeaderSchedule<>("scorecard-reports", lease, interval, this::work);
    }

    /** Starts ticking every interval, the first one after one interval. */
    public void start() {
        schedule.start();
    }

    /** One tick now (the schedule's, or a test's with a simulated clock). */
    public Tick runOnce() {
        return schedule.runOnce().orElse(new Tick(false, List.of(), 0));
    }

    private Tick work() {
        List<Report> made = reports.runDue();
        int published = relay.map(r -> r.publishDue(RELAY_BATCH)).orElse(0);
        return new Tick(true, made, published);
    }

    @Override
    public void close() throws InterruptedException {
        schedule.close();
    }
}
