package io.enis.scorecard.pull;

import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.kpi.Now;
import io.enis.scorecard.kpi.Unit;
import io.enis.scorecard.kpi.ValueBatch;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the due PromQL KPIs from observability (run by the scorecard's jobs on the lease holder). Each
 * due source is evaluated at the tick's time {@code t}; a scalar or single-series answer is recorded,
 * converted to the KPI's unit, as the KPI's value at {@code t} with {@code recordedAt = t} (so a
 * snapshot's data watermark is the evaluation time), and the next pull is due at {@code t + every}.
 *
 * <p>Failures never reach a client and never lose the last good value: a query that gives no series,
 * several series or a value that is not finite is recorded as the source's {@code lastError} and tried
 * again at {@code t + every}; observability unreachable (or answering 5xx, 429, 401/403) leaves the
 * source due, so it is retried at the next tick, and ends the tick's pulls (the others would wait for
 * the same timeouts). Meanwhile the KPI keeps its last pulled value and its source shows
 * {@code stale: true}.
 */
public final class PromQlPuller {
    private static final Logger LOG = LoggerFactory.getLogger(PromQlPuller.class);

    private final Jdbi jdbi;
    private final KpiStore kpis;
    private final SourceStore sources;
    private final ObservabilityClient client;
    private final Clock clock;

    public PromQlPuller(Jdbi jdbi, KpiStore kpis, SourceStore sources, ObservabilityClient client, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.kpis = Objects.requireNonNull(kpis, "kpis");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What one run did.
     *
     * @param pulled      values recorded
     * @param failed      sources whose answer could not be recorded (no data, several series, not finite)
     * @param unreachable whether observability could not be reached (the rest are retried at the next tick)
     */
    public record Result(int pulled, int failed, boolean unreachable) {
        public static final Result NONE = new Result(0, 0, false);
    }

    /** Pulls up to {@code max} due sources, each in its own transaction. */
    public Result pullDue(int max) {
        Instant now = Now.of(clock);
        List<SourceStore.Row> due = jdbi.withHandle(h -> sources.due(h, now, max));
        int pulled = 0;
        int failed = 0;
        for (SourceStore.Row row : due) {
            ObservabilityClient.Answer answer = client.instant(row.source().promql(), now);
            if (answer instanceof ObservabilityClient.Unreachable u) {
                jdbi.useTransaction(h -> sources.failed(h, row.kpiId(), now, u.why(), row.nextPullAt()));
                LOG.warn("PromQL pulls paused until the next tick: {}", u.why());
                return new Result(pulled, failed, true);
            }
            Unit kpiUnit = jdbi.withHandle(h -> kpis.find(h, row.kpiId()))
                    .orElseThrow()
                    .definition()
                    .unit();
            boolean ok = jdbi.inTransaction(h -> record(h, row.kpiId(), row.source(), kpiUnit, now, answer));
            if (ok) {
                pulled++;
            } else {
                failed++;
            }
        }
        return new Result(pulled, failed, false);
    }

    /**
     * Records what {@code answer}, evaluated at {@code at}, means for the KPI: its value, or the reason
     * there is none; the next pull is due one {@code every} later. Not for {@link ObservabilityClient.Unreachable}.
     *
     * @return whether a value was recorded
     */
    boolean record(
            Handle h, String kpiId, PromQlSource source, Unit kpiUnit, Instant at, ObservabilityClient.Answer answer) {
        Instant next = at.plus(source.every());
        String error = problem(answer, at);
        if (error != null) {
            sources.failed(h, kpiId, at, error, next);
            return false;
        }
        double raw = ((ObservabilityClient.Sample) answer).value();
        double value = source.unit() == null ? raw : kpiUnit.convert(raw, source.unit());
        kpis.upsertValues(h, kpiId, List.of(new ValueBatch.Point(at, value)), at);
        sources.succeeded(h, kpiId, at, value, next);
        return true;
    }

    /** Why {@code answer} gives the KPI no value, or null when it does. */
    static String problem(ObservabilityClient.Answer answer, Instant at) {
        if (answer instanceof ObservabilityClient.Sample s) {
            return Double.isFinite(s.value())
                    ? null
                    : "the query answered " + s.value() + " at " + at + "; a KPI value must be finite";
        }
        if (answer instanceof ObservabilityClient.NoData) {
            return "the query gave no series at " + at;
        }
        if (answer instanceof ObservabilityClient.SeveralSeries s) {
            return "the query gave " + s.count() + " series at " + at
                    + "; a KPI needs one: aggregate them (sum, avg, max …)";
        }
        if (answer instanceof ObservabilityClient.Refused r) {
            return "observability refused the query: " + r.message();
        }
        throw new IllegalArgumentException(((ObservabilityClient.Unreachable) answer).why());
    }
}
