package io.enis.scorecard;

import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.kit.app.DaemonThreads;
import io.enis.scorecard.close.PeriodCloser;
import io.enis.scorecard.close.SnapshotStore;
import io.enis.scorecard.dashboard.DashboardService;
import io.enis.scorecard.dashboard.DashboardStore;
import io.enis.scorecard.evaluation.KpiEvaluator;
import io.enis.scorecard.http.DashboardRoutes;
import io.enis.scorecard.http.KpiRoutes;
import io.enis.scorecard.http.SnapshotRoutes;
import io.enis.scorecard.http.TrendRoutes;
import io.enis.scorecard.evaluation.TrendService;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.kpi.KpiStore;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The scorecard service: KPIs with targets, directions and thresholds, their values, dashboards as
 * JSON and as a web page, trends and forecasts, and period-close snapshots.
 * Start: {@code java -jar services/scorecard/target/enis-scorecard.jar}.
 */
public final class ScorecardService implements ServiceDefinition<ScorecardConfig> {

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
        var evaluator = new KpiEvaluator(config.zone());
        var dashboards = new DashboardService(jdbi, new DashboardStore(), kpiStore, kpis, evaluator, runtime.clock(), config.defaultRange());
        new KpiRoutes(kpis, runtime.idempotency()).register(runtime.api());
        var closer = new PeriodCloser(jdbi, kpiStore, new SnapshotStore(), runtime.clock(), config.zone());
        new DashboardRoutes(dashboards, runtime.idempotency()).register(runtime.api());
        new SnapshotRoutes(closer).register(runtime.api());
        new TrendRoutes(new TrendService(kpis, evaluator, runtime.clock(), config.defaultRange())).register(runtime.api());

        var scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("scorecard-period-close"));
        long every = config.closeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                closer.closeAllDue();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ScorecardService.class).warn("period close failed: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        runtime.onStop(scheduler::shutdownNow);
    }
}
