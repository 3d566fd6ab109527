package io.enis.scorecard;

import io.enis.kit.app.DaemonThreads;
import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.kit.events.EventOutbox;
import io.enis.kit.events.OutboxRelay;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.jobs.LeaderSchedule;
import io.enis.scorecard.alert.AlertStore;
import io.enis.scorecard.alert.BurnWindow;
import io.enis.scorecard.alert.GoalAlerts;
import io.enis.scorecard.close.FrozenHistory;
import io.enis.scorecard.close.PeriodCloser;
import io.enis.scorecard.close.SnapshotStore;
import io.enis.scorecard.dashboard.DashboardService;
import io.enis.scorecard.dashboard.DashboardStore;
import io.enis.scorecard.evaluation.KpiEvaluator;
import io.enis.scorecard.evaluation.TrendService;
import io.enis.scorecard.grafana.GrafanaExport;
import io.enis.scorecard.http.DashboardRoutes;
import io.enis.scorecard.http.KpiRoutes;
import io.enis.scorecard.http.ReportJson;
import io.enis.scorecard.http.ReportRoutes;
import io.enis.scorecard.http.SnapshotRoutes;
import io.enis.scorecard.http.TrendRoutes;
import io.enis.scorecard.jobs.ScorecardJobs;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.pull.KpiSources;
import io.enis.scorecard.pull.ObservabilityClient;
import io.enis.scorecard.pull.SourceStore;
import io.enis.scorecard.report.ReportEvaluator;
import io.enis.scorecard.report.ReportService;
import io.enis.scorecard.report.ReportStore;
import io.enis.scorecard.trend.SeriesMemo;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The scorecard service: KPIs with targets, directions and thresholds, their values, dashboards as
 * JSON, as a web page and as a Grafana dashboard, trends and forecasts, period-close snapshots, and
 * reports (on demand or on a cron schedule, as JSON, HTML and PDF, announced on the cloud-bus).
 * Start: {@code java -jar services/scorecard/target/enis-scorecard.jar}.
 */
public final class ScorecardService implements ServiceDefinition<ScorecardConfig> {

    /**
     * Series whose Holt-Winters fit and anomaly flags are remembered (about 3 KB each for a year of
     * daily values: a few MB): a dashboard of 20 KPIs takes 40.
     */
    static final int MEMO_ENTRIES = 2048;
    /** How long one PromQL query to observability may take, connection included. */
    static final Duration OBSERVABILITY_TIMEOUT = Duration.ofSeconds(5);

    private ScorecardJobs jobs;

    public static void main(String[] args) {
        ServiceLauncher.launch(new ScorecardService(), args);
    }

    @Override
    public String name() {
        return "scorecard";
    }

    @Override
    public int defaultPort() {
        return 8082;
    }

    /** 10,000 per minute per key (seed 000). */
    @Override
    public int defaultRateLimitPerMinute() {
        return 10_000;
    }

    @Override
    public Set<String> scopes() {
        return Scopes.ALL;
    }

    @Override
    public ScorecardConfig readConfig(Settings settings) {
        return ScorecardConfig.read(settings);
    }

    @Override
    public void install(ServiceRuntime runtime, ScorecardConfig config) {
        var jdbi = runtime.database().jdbi();
        var kpiStore = new KpiStore();
        var kpis = new KpiService(jdbi, kpiStore, runtime.clock(), config.maxValuesPerRequest());
        var evaluator = new KpiEvaluator(config.zone(), new SeriesMemo(MEMO_ENTRIES));
        var dashboards = new DashboardService(
                jdbi, new DashboardStore(), kpiStore, kpis, evaluator, runtime.clock(), config.defaultRange());
        var clock = runtime.clock();
        var sources = new KpiSources(
                jdbi,
                kpis,
                new SourceStore(),
                config.observability().map(o -> new ObservabilityClient(o, OBSERVABILITY_TIMEOUT)),
                clock);
        new KpiRoutes(kpis, sources, runtime.idempotency()).register(runtime.api());
        var snapshots = new SnapshotStore();
        var closer = new PeriodCloser(jdbi, kpiStore, snapshots, clock, config.zone(), sources::lineage);
        new DashboardRoutes(
                        dashboards,
                        runtime.idempotency(),
                        new GrafanaExport(dashboards, sources::promQl, config.zone()))
                .register(runtime.api());
        new SnapshotRoutes(closer).register(runtime.api());
        new TrendRoutes(new TrendService(kpis, evaluator, runtime.clock(), config.defaultRange()))
                .register(runtime.api());

        EventOutbox outbox = config.cloudBus().isPresent() ? EventOutbox.of(clock, name()) : EventOutbox.disabled();
        var reports = new ReportService(
                jdbi,
                new ReportStore(),
                dashboards,
                new ReportEvaluator(
                        jdbi, kpiStore, new FrozenHistory(kpiStore, snapshots), closer, evaluator, runtime.clock()),
                outbox,
                ReportJson.RENDERER,
                clock,
                config.zone(),
                config.defaultRange());
        new ReportRoutes(reports, runtime.idempotency()).register(runtime.api());

        var scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("scorecard-period-close"));
        long every = config.closeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        closer.closeAllDue();
                    } catch (RuntimeException e) {
                        LoggerFactory.getLogger(ScorecardService.class).warn("period close failed: {}", e.toString());
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
        runtime.onStop(scheduler::shutdownNow);

        var alerts = new GoalAlerts(
                jdbi, kpiStore, new AlertStore(), evaluator, outbox, clock, config.zone(), BurnWindow.DEFAULTS);
        jobs = new ScorecardJobs(
                new LeaderLease(
                        jdbi,
                        clock,
                        "scorecard-jobs",
                        LeaderLease.replicaHolder(name()),
                        LeaderSchedule.leaseTtlFor(config.jobsInterval())),
                sources.puller(),
                alerts,
                reports,
                config.cloudBus().map(bus -> OutboxRelay.to(bus, jdbi, clock, name())),
                config.jobsInterval());
        jobs.start();
        runtime.onStop(jobs);
    }

    /** The background jobs of the running instance: tests run a tick with a simulated clock. */
    public ScorecardJobs jobs() {
        return jobs;
    }
}
