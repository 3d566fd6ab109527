package io.enis.scorecard.close;

import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.kpi.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * A KPI's values as its closed periods froze them: inside a period that has a {@link Snapshot}, the
 * inputs kept with the snapshot (whatever was recorded or corrected since); elsewhere (open periods,
 * and periods before the KPI's first snapshot) the raw values. Three queries per KPI whatever the
 * number of periods.
 */
public final class FrozenHistory {
    private final KpiStore kpis;
    private final SnapshotStore snapshots;

    public FrozenHistory(KpiStore kpis, SnapshotStore snapshots) {
        this.kpis = Objects.requireNonNull(kpis, "kpis");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    }

    /**
     * The values and the snapshots they came from.
     *
     * @param values oldest first
     * @param frozen the snapshots whose periods overlap the range, oldest first (empty: all raw)
     */
    public record Values(List<Value> values, List<Snapshot> frozen) {
        public Values {
            values = List.copyOf(values);
            frozen = List.copyOf(frozen);
        }
    }

    /** The KPI's values with {@code from <= at < to}, frozen where a snapshot covers them, within {@code h}. */
    public Values values(Handle h, String kpiId, Instant from, Instant to) {
        List<Value> raw = kpis.values(h, kpiId, from, to);
        List<Snapshot> frozen = snapshots.overlapping(h, kpiId, from, to);
        if (frozen.isEmpty()) {
            return new Values(raw, frozen);
        }
        List<Value> merged = new ArrayList<>(snapshots.inputs(
                h,
                kpiId,
                frozen.get(0).period().start(),
                frozen.get(frozen.size() - 1).period().start(),
                from,
                to));
        int s = 0;
        for (Value v : raw) {
            while (s < frozen.size() && !frozen.get(s).period().end().isAfter(v.at())) {
                s++;
            }
            if (s == frozen.size() || !frozen.get(s).period().contains(v.at())) {
                merged.add(v);
            }
        }
        merged.sort(Comparator.comparing(Value::at));
        return new Values(merged, frozen);
    }
}
