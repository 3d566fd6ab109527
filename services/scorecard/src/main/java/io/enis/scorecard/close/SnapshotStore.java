package io.enis.scorecard.close;

import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Status;
import io.enis.scorecard.kpi.Value;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Snapshots and copies of their inputs, within the caller's transaction. Rows are only ever inserted. */
public final class SnapshotStore {
    public void insert(Handle h, Snapshot s, List<Value> inputs) {
        h.createUpdate("""
                insert into kpi_snapshots (kpi_id, period_start, period_end, period_value, status, target, definition,
                                           input_count, inputs_sha256, watermark, source, closed_at)
                values (:k, :start, :end, :value, :status, :target, :definition, :count, :sha, :watermark, :source, :closedAt)""")
                .bind("k", s.kpiId())
                .bind("start", s.period().start().toEpochMilli())
                .bind("end", s.period().end().toEpochMilli())
                .bind("value", s.value())
                .bind("status", s.status().json())
                .bind("target", s.target())
                .bind("definition", s.definition())
                .bind("count", s.inputCount())
                .bind("sha", s.inputsSha256())
                .bind("watermark", s.watermark() == null ? null : s.watermark().toEpochMilli())
                .bind("source", s.source())
                .bind("closedAt", s.closedAt().toEpochMilli())
                .execute();
        var batch = h.prepareBatch("""
                insert into snapshot_inputs (kpi_id, period_start, at_ms, reading, recorded_at) values (:k, :start, :at, :v, :r)""");
        for (Value v : inputs) {
            batch.bind("k", s.kpiId())
                    .bind("start", s.period().start().toEpochMilli())
                    .bind("at", v.at().toEpochMilli())
                    .bind("v", v.value())
                    .bind("r", v.recordedAt().toEpochMilli())
                    .add();
        }
        if (!inputs.isEmpty()) {
            batch.execute();
        }
    }

    /** The end of the latest closed period of a KPI. */
    public Optional<Instant> latestEnd(Handle h, String kpiId) {
        return h.createQuery("select max(period_end) from kpi_snapshots where kpi_id = :k")
                .bind("k", kpiId)
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli);
    }

    /** A KPI's snapshots, oldest first. */
    public List<Snapshot> list(Handle h, String kpiId) {
        return h.createQuery("select * from kpi_snapshots where kpi_id = :k order by period_start")
                .bind("k", kpiId)
                .map((rs, ctx) -> snapshot(rs))
                .list();
    }

    public Optional<Snapshot> find(Handle h, String kpiId, Instant periodStart) {
        return h.createQuery("select * from kpi_snapshots where kpi_id = :k and period_start = :s")
                .bind("k", kpiId)
                .bind("s", periodStart.toEpochMilli())
                .map((rs, ctx) -> snapshot(rs))
                .findOne();
    }

    /** The inputs frozen with a snapshot, oldest first. */
    public List<Value> inputs(Handle h, String kpiId, Instant periodStart) {
        return h.createQuery("""
                        select at_ms, reading, recorded_at from snapshot_inputs where kpi_id = :k and period_start = :s order by at_ms""")
                .bind("k", kpiId)
                .bind("s", periodStart.toEpochMilli())
                .map((rs, ctx) -> input(rs))
                .list();
    }

    /** A KPI's snapshots whose periods overlap {@code [from, to)}, oldest first. */
    public List<Snapshot> overlapping(Handle h, String kpiId, Instant from, Instant to) {
        return h.createQuery("""
                        select * from kpi_snapshots where kpi_id = :k and period_end > :f and period_start < :t
                        order by period_start""")
                .bind("k", kpiId)
                .bind("f", from.toEpochMilli())
                .bind("t", to.toEpochMilli())
                .map((rs, ctx) -> snapshot(rs))
                .list();
    }

    /**
     * The inputs frozen with the snapshots starting from {@code firstStart} to {@code lastStart}
     * (both inclusive) whose time is in {@code [from, to)}, oldest first: one query for many periods.
     */
    public List<Value> inputs(Handle h, String kpiId, Instant firstStart, Instant lastStart, Instant from, Instant to) {
        return h.createQuery("""
                        select at_ms, reading, recorded_at from snapshot_inputs
                        where kpi_id = :k and period_start >= :a and period_start <= :b and at_ms >= :f and at_ms < :t
                        order by at_ms""")
                .bind("k", kpiId)
                .bind("a", firstStart.toEpochMilli())
                .bind("b", lastStart.toEpochMilli())
                .bind("f", from.toEpochMilli())
                .bind("t", to.toEpochMilli())
                .map((rs, ctx) -> input(rs))
                .list();
    }

    private static Value input(ResultSet rs) throws SQLException {
        return new Value(
                Instant.ofEpochMilli(rs.getLong("at_ms")),
                rs.getDouble("reading"),
                Instant.ofEpochMilli(rs.getLong("recorded_at")));
    }

    private static Snapshot snapshot(ResultSet rs) throws SQLException {
        double value = rs.getDouble("period_value");
        Double v = rs.wasNull() ? null : value;
        long watermark = rs.getLong("watermark");
        Instant w = rs.wasNull() ? null : Instant.ofEpochMilli(watermark);
        return new Snapshot(
                rs.getString("kpi_id"),
                new Period.Window(
                        Instant.ofEpochMilli(rs.getLong("period_start")),
                        Instant.ofEpochMilli(rs.getLong("period_end"))),
                v,
                Status.of(rs.getString("status")),
                rs.getDouble("target"),
                rs.getString("definition"),
                rs.getInt("input_count"),
                rs.getString("inputs_sha256"),
                w,
                rs.getString("source"),
                Instant.ofEpochMilli(rs.getLong("closed_at")));
    }
}
