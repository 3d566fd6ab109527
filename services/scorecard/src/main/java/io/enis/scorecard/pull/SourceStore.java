package io.enis.scorecard.pull;

import io.enis.scorecard.kpi.Unit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** KPIs' PromQL sources and how their pulls went ({@code kpi_sources}); every method runs in the caller's transaction. */
public final class SourceStore {
    /** A stored source and its pull state. */
    public record Row(
            String kpiId,
            PromQlSource source,
            Instant nextPullAt,
            Instant lastAttemptAt,
            Instant lastSuccessAt,
            Double lastValue,
            String lastError) {}

    /** Stores the source of a new KPI, first pulled at {@code nextPullAt}. */
    public void insert(Handle h, String kpiId, PromQlSource source, Instant nextPullAt) {
        h.createUpdate("""
                        insert into kpi_sources (kpi_id, promql, every_ms, source_unit, next_pull_at)
                        values (:k, :q, :every, :unit, :next)""")
                .bind("k", kpiId)
                .bind("q", source.promql())
                .bind("every", source.every().toMillis())
                .bind("unit", source.unit() == null ? null : source.unit().symbol())
                .bind("next", nextPullAt.toEpochMilli())
                .execute();
    }

    public Optional<Row> find(Handle h, String kpiId) {
        return h.createQuery("select * from kpi_sources where kpi_id = :k")
                .bind("k", kpiId)
                .map((rs, c) -> row(rs))
                .findOne();
    }

    /** The sources of {@code kpiIds} (those that have one). */
    public List<Row> findAll(Handle h, Collection<String> kpiIds) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery("select * from kpi_sources where kpi_id in (<ids>)")
                .bindList("ids", List.copyOf(kpiIds))
                .map((rs, c) -> row(rs))
                .list();
    }

    /** Sources due at {@code now}, the longest overdue first. */
    public List<Row> due(Handle h, Instant now, int max) {
        return h.createQuery(
                        "select * from kpi_sources where next_pull_at <= :now order by next_pull_at, kpi_id limit :max")
                .bind("now", now.toEpochMilli())
                .bind("max", max)
                .map((rs, c) -> row(rs))
                .list();
    }

    /** A pull at {@code at} gave {@code value}; the next is due at {@code next}. */
    public void succeeded(Handle h, String kpiId, Instant at, double value, Instant next) {
        h.createUpdate("""
                        update kpi_sources set last_attempt_at = :at, last_success_at = :at, last_value = :v,
                          last_error = null, next_pull_at = :next where kpi_id = :k""")
                .bind("at", at.toEpochMilli())
                .bind("v", value)
                .bind("next", next.toEpochMilli())
                .bind("k", kpiId)
                .execute();
    }

    /** A pull at {@code at} failed for {@code error}; the next is due at {@code next}. */
    public void failed(Handle h, String kpiId, Instant at, String error, Instant next) {
        h.createUpdate("""
                        update kpi_sources set last_attempt_at = :at, last_error = :e, next_pull_at = :next
                        where kpi_id = :k""")
                .bind("at", at.toEpochMilli())
                .bind("e", error.length() > 1000 ? error.substring(0, 1000) : error)
                .bind("next", next.toEpochMilli())
                .bind("k", kpiId)
                .execute();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String unit = rs.getString("source_unit");
        double value = rs.getDouble("last_value");
        Double lastValue = rs.wasNull() ? null : value;
        return new Row(
                rs.getString("kpi_id"),
                new PromQlSource(
                        rs.getString("promql"),
                        Duration.ofMillis(rs.getLong("every_ms")),
                        unit == null ? null : Unit.parse(unit).orElseThrow()),
                Instant.ofEpochMilli(rs.getLong("next_pull_at")),
                instant(rs, "last_attempt_at"),
                instant(rs, "last_success_at"),
                lastValue,
                rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }
}
