package io.enis.scorecard.jobs;

import io.enis.kit.events.OutboxRelay;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.jobs.LeaderSchedule;
import io.enis.scorecard.alert.GoalAlerts;
import io.enis.scorecard.pull.PromQlPuller;
import io.enis.scorecard.report.Report;
import io.enis.scorecard.report.ReportService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scorecard's background work, every {@code JOBS_INTERVAL}, on the replica that holds the
 * {@code scorecard-jobs} {@link LeaderLease} only: the due PromQL pulls from observability (when
 * {@code OBSERVABILITY_URL} is set), then the goal alerts of every KPI, then the reports whose
 * schedules are due, then the outbox relay to the cloud-bus (when {@code CLOUD_BUS_URL} is set). A tick that fails is retried at the next one
 * ({@link LeaderSchedule}); {@link #close()} waits for a tick under way and gives the lease up.
 */
public final class ScorecardJobs implements AutoCloseable {
    /** Due sources pulled per tick at most (the rest at the next). */
    static final int PULL_BATCH = 500;
    /** Outbox events published per tick at most. */
    static final int RELAY_BATCH = 1_000;

    /** What one tick did; {@code ran} false when another replica holds the lease. */
    public record Tick(
            boolean ran,
            PromQlPuller.Result pulls,
            GoalAlerts.Result alerts,
            List<Report> reports,
            int eventsPublished) {
        static final Tick SKIPPED = new Tick(false, PromQlPuller.Result.NONE, GoalAlerts.Result.NONE, List.of(), 0);
    }

    private final Optional<PromQlPuller> puller;
    private final GoalAlerts alerts;
    private final ReportService reports;
    private final Optional<OutboxRelay> relay;
    private final LeaderSchedule<Tick> schedule;

    public ScorecardJobs(
            LeaderLease lease,
            Optional<PromQlPuller> puller,
            GoalAlerts alerts,
            ReportService reports,
            Optional<OutboxRelay> relay,
            Duration interval) {
        this.puller = Objects.requireNonNull(puller, "puller");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.schedule = new LeaderSchedule<>("scorecard-jobs", lease, interval, this::work);
    }

    /** Starts ticking every interval, the first tick after one interval. */
    public void start() {
        schedule.start();
    }

    /** One tick now (the schedule's, or a test's). */
    public Tick runOnce() {
        return schedule.runOnce().orElse(Tick.SKIPPED);
    }

    private Tick work() {
        PromQlPuller.Result pulls = puller.map(p -> p.pullDue(PULL_BATCH)).orElse(PromQlPuller.Result.NONE);
        GoalAlerts.Result evaluated = alerts.evaluateAll();
        List<Report> made = reports.runDue();
        int published = relay.map(r -> r.publishDue(RELAY_BATCH)).orElse(0);
        return new Tick(true, pulls, evaluated, made, published);
    }

    @Override
    public void close() throws InterruptedException {
        schedule.close();
    }
}
