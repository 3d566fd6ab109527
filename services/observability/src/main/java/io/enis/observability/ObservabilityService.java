package io.enis.observability;

import io.enis.kit.app.DaemonThreads;
import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.kit.tracing.ClientSpans;
import io.enis.observability.alerts.AlertEvaluator;
import io.enis.observability.alerts.AlertRoutes;
import io.enis.observability.alerts.AlertRuleStore;
import io.enis.observability.alerts.AlertRules;
import io.enis.observability.alerts.WebhookNotifier;
import io.enis.observability.backend.EmbeddedBackend;
import io.enis.observability.backend.MetricsBackend;
import io.enis.observability.backend.RemoteBackend;
import io.enis.observability.backend.RemoteSettings;
import io.enis.observability.ingest.MetricsIngest;
import io.enis.observability.ingest.MetricsRoutes;
import io.enis.observability.ingest.RemoteWriteDecoder;
import io.enis.observability.ingest.RemoteWriteIngest;
import io.enis.observability.ingest.RemoteWriteRoutes;
import io.enis.observability.ingest.SnappyBlock;
import io.enis.observability.metadata.MetadataStore;
import io.enis.observability.query.PrometheusMetadataRoutes;
import io.enis.observability.query.SeriesLookup;
import io.enis.observability.traces.TraceForwarder;
import io.enis.observability.traces.TraceRoutes;
import io.enis.observability.traces.TraceStore;
import io.enis.observability.tsdb.Checkpoints;
import io.enis.observability.tsdb.TimeSeriesStore;
import io.enis.observability.tsdb.WriteAheadLog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observability service: metrics ingest (JSON, Prometheus text, Prometheus remote write, OTLP) and PromQL
 * queries over a {@link MetricsBackend} — the in-process time-series store by default (durable through a
 * write-ahead log and periodic checkpoints under {@code DATA_DIR/observability}), or with
 * {@code METRICS_BACKEND=remote} a Prometheus-compatible engine such as Mimir, the service then keeping no
 * samples itself — traces in the service database with search and RED metrics (optionally forwarded over
 * OTLP), and alert rules evaluated on an interval through the backend with webhook notifications.
 * Start: {@code java -jar services/observability/target/enis-observability.jar}.
 */
public final class ObservabilityService implements ServiceDefinition<ObservabilityConfig> {
    /** The deployment key that may only write traces (what the cluster's OpenTelemetry Collector exports with). */
    public static final String TRACES_WRITER_KEY = "TRACES_WRITER_API_KEY";
    /** The deployment key that may only read metrics (what the scorecard pulls its PromQL KPIs with). */
    public static final String METRICS_READER_KEY = "METRICS_READER_API_KEY";

    private static final Logger LOG = LoggerFactory.getLogger(ObservabilityService.class);
    private TimeSeriesStore store;
    private AlertEvaluator alerts;
    private TraceStore traces;

    public static void main(String[] args) {
        ServiceLauncher.launch(new ObservabilityService(), args);
    }

    @Override
    public String name() {
        return "observability";
    }

    @Override
    public int defaultPort() {
        return 8081;
    }

    @Override
    public int defaultRateLimitPerMinute() {
        return 20_000;
    }

    @Override
    public Set<String> scopes() {
        return Scopes.ALL;
    }

    /**
     * {@value #TRACES_WRITER_KEY}: {@code traces:write} only, for the cluster's OpenTelemetry Collector
     * (the stacks generate the secret in the platform and give it to both); {@value #METRICS_READER_KEY}:
     * {@code metrics:read} only, for the scorecard's PromQL KPIs.
     */
    @Override
    public Map<String, Set<String>> deploymentKeys() {
        return Map.of(TRACES_WRITER_KEY, Set.of(Scopes.TRACES_WRITE), METRICS_READER_KEY, Set.of(Scopes.METRICS_READ));
    }

    @Override
    public ObservabilityConfig readConfig(Settings settings) {
        return ObservabilityConfig.read(settings);
    }

    @Override
    public void install(ServiceRuntime runtime, ObservabilityConfig config) throws Exception {
        MetricsBackend backend = config.metrics().kind() == RemoteSettings.Kind.REMOTE
                ? remote(runtime, config.metrics())
                : embedded(runtime, config);
        traces = new TraceStore(
                runtime.database().jdbi(), runtime.clock(), config.traceRetention(), config.maxSpansPerTenant());

        var notifier = new WebhookNotifier(
                config.webhookAttempts(),
                config.webhookBackoff(),
                config.cloudBus().orElse(null),
                config.outbound(),
                runtime.registry(),
                new ClientSpans(runtime.tracing()));
        runtime.onStop(notifier);
        var rules = new AlertRuleStore(runtime.database().jdbi());
        alerts = new AlertEvaluator(rules, backend, notifier, runtime.clock());

        var metadata = new MetadataStore(config.maxSeriesPerTenant());
        var ingest = new MetricsIngest(backend, metadata, runtime.registry());
        SnappyBlock.load();
        int maxBodyBytes = runtime.common().maxRequestBytes();
        new MetricsRoutes(backend, ingest, runtime.clock(), config.maxSamplesPerRequest(), maxBodyBytes)
                .register(runtime.api());
        new RemoteWriteRoutes(new RemoteWriteIngest(
                        new RemoteWriteDecoder(config.maxRemoteWriteBytes(), config.maxSamplesPerRequest()), ingest))
                .register(runtime.api());
        new PrometheusMetadataRoutes(new SeriesLookup(backend, metadata)).register(runtime.api());
        TraceForwarder forwarder = config.tracesForward()
                .map(f -> new TraceForwarder(f.url(), f.headers(), runtime.registry()))
                .orElse(TraceForwarder.NONE);
        runtime.onStop(forwarder);
        runtime.readinessCheck("traces-db", traces::check);
        new TraceRoutes(traces, forwarder, runtime.clock(), config.maxSpansPerRequest(), maxBodyBytes)
                .register(runtime.api());
        new AlertRoutes(new AlertRules(rules, alerts, config.outbound(), runtime.clock()), runtime.idempotency())
                .register(runtime.api());

        Gauge.builder("observability.traces.spans", traces, TraceStore::spanCount)
                .register(runtime.registry());

        ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("observability-background"));
        scheduler.scheduleWithFixedDelay(this::housekeeping, 1, 1, TimeUnit.MINUTES);
        long interval = config.alertInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::evaluateAlerts, interval, interval, TimeUnit.MILLISECONDS);
        runtime.onStop(() -> {
            scheduler.shutdown();
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        });
    }

    /** The in-process store: its log and checkpoints under {@code DATA_DIR/observability}, its gauges, readiness. */
    private MetricsBackend embedded(ServiceRuntime runtime, ObservabilityConfig config) throws IOException {
        Path data = runtime.common().dataDir().resolve("observability");
        Timer fsyncs = Timer.builder("observability.wal.fsync")
                .description("group-commit fsyncs of the metrics write-ahead log")
                .publishPercentileHistogram()
                .register(runtime.registry());
        var wal = new WriteAheadLog(
                data.resolve("wal"),
                config.walSync(),
                config.walSyncInterval(),
                nanos -> fsyncs.record(nanos, TimeUnit.NANOSECONDS));
        store = new TimeSeriesStore(
                wal,
                new Checkpoints(data.resolve("checkpoints")),
                runtime.clock(),
                config.outOfOrderWindow(),
                config.retention(),
                config.maxSeriesPerTenant());
        long started = System.nanoTime();
        store.open();
        LOG.info(
                "loaded the metrics store (newest checkpoint, then the write-ahead log): {} series, {} samples in {} ms",
                store.stats().series(),
                store.stats().samples(),
                (System.nanoTime() - started) / 1_000_000);
        runtime.onStop(store);
        var checkpointer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("tsdb-checkpoint"));
        long every = config.checkpointInterval().toMillis();
        checkpointer.scheduleWithFixedDelay(this::checkpoint, every, every, TimeUnit.MILLISECONDS);
        runtime.onStop(() -> {
            checkpointer.shutdown();
            if (checkpointer.awaitTermination(runtime.common().shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                checkpoint(); // the next start loads it instead of replaying the log
            }
        });
        runtime.readinessCheck("metrics-wal", store::check);
        Gauge.builder("observability.tsdb.series", store, s -> s.stats().series())
                .register(runtime.registry());
        Gauge.builder("observability.tsdb.samples", store, s -> s.stats().samples())
                .register(runtime.registry());
        Gauge.builder("observability.tsdb.memory", store, s -> s.stats().bytes())
                .baseUnit("bytes")
                .register(runtime.registry());
        return new EmbeddedBackend(store);
    }

    /**
     * A Prometheus-compatible engine: probed once (a wrong URL or tenancy stops the start with exit 2),
     * then checked by readiness ({@code metrics-remote}, DOWN while the engine is unreachable).
     */
    private MetricsBackend remote(ServiceRuntime runtime, RemoteSettings settings) {
        var remote = new RemoteBackend(settings, runtime.clock());
        remote.probe();
        LOG.info(
                "metrics backend: remote, {} (write {}, query {}, tenancy {})",
                remote.describe(),
                settings.writeUrl(),
                settings.queryUrl(),
                settings.tenancy().name().toLowerCase(java.util.Locale.ROOT));
        runtime.readinessCheck("metrics-remote", remote::check);
        return remote;
    }

    private void checkpoint() {
        try {
            var result = store.checkpoint();
            if (!result.written()) {
                LOG.debug("checkpoint: nothing logged since the last one");
                return;
            }
            LOG.info(
                    "checkpoint: {} series, {} bytes, log from segment {} kept; ingest paused {} ms",
                    result.series(),
                    result.bytes(),
                    result.firstSegment(),
                    result.lockedMillis());
        } catch (IOException | RuntimeException e) {
            LOG.error("checkpoint failed; the write-ahead log keeps every sample meanwhile", e);
        }
    }

    private void housekeeping() {
        try {
            if (store != null) {
                store.enforceRetention();
            }
            traces.enforceRetention();
        } catch (RuntimeException e) {
            LOG.error("retention failed", e);
        }
    }

    private void evaluateAlerts() {
        try {
            alerts.evaluate();
        } catch (RuntimeException e) {
            LOG.error("alert evaluation failed", e);
        }
    }

    /** The alert evaluator of the running instance (tests drive it with their clock). */
    public AlertEvaluator alerts() {
        return alerts;
    }

    /** The trace store of the running instance (tests drive its retention). */
    public TraceStore traces() {
        return traces;
    }

    /** The time-series store of the running instance ({@code null} with {@code METRICS_BACKEND=remote}). */
    public TimeSeriesStore store() {
        return store;
    }
}
