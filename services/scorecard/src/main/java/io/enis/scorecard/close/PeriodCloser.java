package io.enis.scorecard.close;

import io.enis.kit.domain.NotFoundException;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.kpi.Now;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Status;
import io.enis.scorecard.kpi.Value;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.LoggerFactory;

/**
 * Freezes ended periods. A KPI's calendar periods (of its granularity, in the service's time zone;
 * rolling KPIs too) are closed in order, from the one holding its creation or its oldest value,
 * whichever is earlier, up to the last that ended before now; each closed period becomes a
 * {@link Snapshot} holding its value, status, definition, copies of its inputs and their hash. A
 * closed period is never recomputed: values recorded or corrected later change the raw series, not
 * the snapshot. Values backfilled into periods before a KPI's first snapshot are not closed.
 *
 * <p>Runs on a schedule ({@code CLOSE_INTERVAL}) and on demand. With several replicas the first to
 * commit a KPI's snapshots wins; the others' transactions fail on the primary key and are dropped.
 */
public final class PeriodCloser {
    /** The most periods one KPI closes per run (the next run goes on). */
    public static final int MAX_PER_RUN = 1000;

    private final Jdbi jdbi;
    private final KpiStore kpis;
    private final SnapshotStore snapshots;
    private final Clock clock;
    private final ZoneId zone;
    private final Lineage.Sources sources;

    public PeriodCloser(Jdbi jdbi, KpiStore kpis, SnapshotStore snapshots, Clock clock, ZoneId zone) {
        this(jdbi, kpis, snapshots, clock, zone, Lineage.Sources.RECORDED);
    }

    /**
     * @param sources names a pulled KPI's query in its snapshots' lineage (its watermark, the latest
     *                {@code recordedAt} of the inputs, is then the evaluation time of the latest pull)
     */
    public PeriodCloser(
            Jdbi jdbi, KpiStore kpis, SnapshotStore snapshots, Clock clock, ZoneId zone, Lineage.Sources sources) {
        this.sources = sources;
        this.jdbi = jdbi;
        this.kpis = kpis;
        this.snapshots = snapshots;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Closes the KPI's ended periods not closed yet, in one transaction.
     *
     * @return the snapshots made now, oldest first (empty when none was due, or another replica made them)
     * @throws NotFoundException when there is no such KPI
     */
    public List<Snapshot> closeDue(String kpiId) {
        Instant now = Now.of(clock);
        try {
            return jdbi.inTransaction(h -> {
                Kpi kpi = kpis.find(h, kpiId).orElseThrow(() -> new NotFoundException("no KPI '" + kpiId + "'"));
                KpiDefinition d = kpi.definition();
                Period calendar = new Period(d.period().granularity(), Period.Mode.CALENDAR);
                Optional<Instant> closedUpTo = snapshots.latestEnd(h, kpiId);
                Instant first = closedUpTo.orElseGet(() -> kpis.firstValueAt(h, kpiId)
                        .filter(t -> t.isBefore(kpi.createdAt()))
                        .orElse(kpi.createdAt()));
                Period.Window w = calendar.calendarHolding(first, zone);
                String definition = Lineage.definition(d);
                String source = sources.of(h, kpiId).orElse(Lineage.RECORDED_VALUES);
                List<Snapshot> made = new ArrayList<>();
                while (!w.end().isAfter(now) && made.size() < MAX_PER_RUN) {
                    List<Value> inputs = kpis.values(h, kpiId, w.start(), w.end());
                    Double value = d.periodValue(inputs, w);
                    Instant watermark = inputs.stream()
                            .map(Value::recordedAt)
                            .max(Instant::compareTo)
                            .orElse(null);
                    Snapshot s = new Snapshot(
                            kpiId,
                            w,
                            value,
                            value == null ? Status.NO_DATA : d.status(value),
                            d.target(),
                            definition,
                            inputs.size(),
                            Lineage.hash(definition, inputs),
                            watermark,
                            source,
                            now);
                    snapshots.insert(h, s, inputs);
                    made.add(s);
                    w = calendar.next(w, zone);
                }
                return made;
            });
        } catch (JdbiException e) {
            if (jdbi.withHandle(h -> snapshots.latestEnd(h, kpiId))
                    .filter(end -> !end.isAfter(now))
                    .isPresent()) {
                LoggerFactory.getLogger(PeriodCloser.class).info("periods of {} were closed by another replica", kpiId);
                return List.of();
            }
            throw e;
        }
    }

    /** Closes every KPI's due periods (the scheduled run); one KPI's failure does not stop the others. */
    public int closeAllDue() {
        int made = 0;
        for (String id : jdbi.withHandle(kpis::ids)) {
            try {
                made += closeDue(id).size();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(PeriodCloser.class)
                        .warn("closing the periods of {} failed: {}", id, e.toString());
            }
        }
        return made;
    }

    /** A KPI's snapshots, oldest first. */
    public List<Snapshot> list(String kpiId) {
        return jdbi.withHandle(h -> {
            kpis.find(h, kpiId).orElseThrow(() -> new NotFoundException("no KPI '" + kpiId + "'"));
            return snapshots.list(h, kpiId);
        });
    }

    /** A snapshot with its frozen inputs. */
    public record Frozen(Snapshot snapshot, List<Value> inputs) {}

    /**
     * The snapshot of the period starting on {@code day} (its first day, in the service's time zone).
     *
     * @throws NotFoundException when the KPI or that snapshot does not exist
     */
    public Frozen get(String kpiId, LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        return jdbi.withHandle(h -> {
            Snapshot s = snapshots
                    .find(h, kpiId, start)
                    .orElseThrow(() ->
                            new NotFoundException("no snapshot of KPI '" + kpiId + "' for the period starting " + day));
            return new Frozen(s, snapshots.inputs(h, kpiId, start));
        });
    }

    /** The first day of a snapshot's period, in the service's time zone (its id in the API). */
    public LocalDate day(Snapshot s) {
        return s.period().start().atZone(zone).toLocalDate();
    }
}
