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
import io.enis.scorecard.close.PeriodCloser;
import io.enis.scorecard.close.SnapshotStore;
import io.enis.scorecard.dashboard.DashboardService;
import io.enis.scorecard.dashboard.DashboardStore;
import io.enis.scorecard.evaluation.KpiEvaluator;
import io.enis.scorecard.evaluation.TrendService;
import io.enis.scorecard.grafana.GrafanaExport;
import io.enis.scorecard.grafana.PromQlQueries;
import io.enis.scorecard.http.DashboardRoutes;
import io.enis.scorecard.http.KpiRoutes;
import io.enis.scorecard.http.ReportJson;
import io.enis.scorecard.http.ReportRoutes;
import io.enis.scorecard.http.SnapshotRoutes;
import io.enis.scorecard.http.TrendRoutes;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.report.ReportJobs;
import io.enis.scorecard.report.ReportService;
import io.enis.scorecard.report.ReportStore;
import io.enis.scorecard.trend.SeriesMemo;
import java.util.Optional;
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

    private ReportJobs reports;

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
        new KpiRoutes(kpis, runtime.idempotency()).register(runtime.api());
        var closer = new PeriodCloser(jdbi, kpiStore, new SnapshotStore(), runtime.clock(), config.zone());
        new DashboardRoutes(
                        dashboards,
                        runtime.idempotency(),
                        new GrafanaExport(dashboards, PromQlQueries.NONE, config.zone()))
                .register(runtime.api());
        new SnapshotRoutes(closer).register(runtime.api());
        new TrendRoutes(new TrendService(kpis, evaluator, runtime.clock(), config.defaultRange()))
                .register(runtime.api());

        var outbox = config.cloudBus().isPresent() ? EventOutbox.of(runtime.clock(), name()) : EventOutbox.disabled();
        var reportService = new ReportService(
                jdbi,
                new ReportStore(),
                dashboards,
                outbox,
                ReportJson.RENDERER,
                runtime.clock(),
                config.zone(),
                config.defaultRange());
        new ReportRoutes(reportService, runtime.idempotency()).register(runtime.api());
        Optional<OutboxRelay> relay = config.cloudBus().map(bus -> OutboxRelay.to(bus, jdbi, runtime.clock(), name()));
        reports = new ReportJobs(
                new LeaderLease(
                        jdbi,
                        runtime.clock(),
                        "scorecard-reports",
                        LeaderLease.localHolder(name()),
                        LeaderSchedule.leaseTtlFor(ReportJobs.INTERVAL)),
                reportService,
                relay,
                ReportJobs.INTERVAL);
        reports.start();
        runtime.onStop(reports);

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
    }

    /** The scheduled reports of the running instance: tests run a tick with a simulated clock. */
    public ReportJobs reports() {
        return reports;
    }
}
