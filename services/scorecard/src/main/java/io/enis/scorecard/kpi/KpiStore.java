package io.enis.scorecard.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * KPIs and their values in the service database. Every method takes the {@link Handle} of the caller's
 * transaction, so a use case composes several writes into one.
 */
public final class KpiStore {
    /** Inserts a new KPI. */
    public void insert(Handle h, Kpi kpi) {
        KpiDefinition d = kpi.definition();
        h.createUpdate("""
                insert into kpis (id, name, description, unit, target, direction, threshold_mode, at_risk, off_track, owner,
                                  tags, granularity, period_mode, cumulative, created_at)
                values (:id, :name, :description, :unit, :target, :direction, :mode, :atRisk, :offTrack, :owner,
                        :tags, :granularity, :periodMode, :cumulative, :createdAt)""")
                .bind("id", kpi.id())
                .bind("name", d.name())
                .bind("description", d.description())
                .bind("unit", d.unit().symbol())
                .bind("target", d.target())
                .bind("direction", d.direction().json())
                .bind("mode", d.thresholds().mode().json())
                .bind("atRisk", d.thresholds().atRisk())
                .bind("offTrack", d.thresholds().offTrack())
                .bind("owner", d.owner())
                .bind("tags", String.join(" ", d.tags()))
                .bind("granularity", d.period().granularity().json())
                .bind("periodMode", d.period().mode().json())
                .bind("cumulative", d.cumulative())
                .bind("createdAt", kpi.createdAt().toEpochMilli())
                .execute();
    }

    public Optional<Kpi> find(Handle h, String id) {
        return h.createQuery("select * from kpis where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> kpi(rs))
                .findOne();
    }

    /**
     * KPIs in creation order.
     *
     * @param owner only this owner's, when not null
     * @param tag   only those with this tag, when not null
     */
    public List<Kpi> list(Handle h, String owner, String tag, int offset, int limit) {
        return h.createQuery("""
                select * from kpis where (:owner is null or owner = :owner)
                  and (:tag is null or (' ' || tags || ' ') like :tagLike)
                order by created_at, id limit :limit offset :offset""")
                .bind("owner", owner)
                .bind("tag", tag)
                .bind("tagLike", tag == null ? null : "% " + tag + " %")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> kpi(rs))
                .list();
    }

    /** Every KPI id (the period closer walks them). */
    public List<String> ids(Handle h) {
        return h.createQuery("select id from kpis order by id")
                .mapTo(String.class)
                .list();
    }

    /**
     * Stores {@code points}; a point at the time of a stored value replaces it (a correction). Raises
     * the KPI's {@link #revisions revision} in the same transaction.
     */
    public void upsertValues(Handle h, String kpiId, List<ValueBatch.Point> points, Instant recordedAt) {
        var delete = h.prepareBatch("delete from kpi_values where kpi_id = :k and at_ms = :at");
        var insert =
                h.prepareBatch("insert into kpi_values (kpi_id, at_ms, reading, recorded_at) values (:k, :at, :v, :r)");
        for (var p : points) {
            delete.bind("k", kpiId).bind("at", p.at().toEpochMilli()).add();
            insert.bind("k", kpiId)
                    .bind("at", p.at().toEpochMilli())
                    .bind("v", p.value())
                    .bind("r", recordedAt.toEpochMilli())
                    .add();
        }
        delete.execute();
        insert.execute();
        h.createUpdate("update kpis set values_revision = values_revision + 1 where id = :k")
                .bind("k", kpiId)
                .execute();
    }

    /** The values with {@code from <= at < to}, oldest first. */
    public List<Value> values(Handle h, String kpiId, Instant from, Instant to) {
        return h.createQuery(
                        "select at_ms, reading, recorded_at from kpi_values where kpi_id = :k and at_ms >= :f and at_ms < :t order by at_ms")
                .bind("k", kpiId)
                .bind("f", from.toEpochMilli())
                .bind("t", to.toEpochMilli())
                .map((rs, ctx) -> new Value(
                        Instant.ofEpochMilli(rs.getLong("at_ms")),
                        rs.getDouble("reading"),
                        Instant.ofEpochMilli(rs.getLong("recorded_at"))))
                .list();
    }

    /** The KPIs with these ids, by id; an unknown id is absent from the map. One query. */
    public Map<String, Kpi> findAll(Handle h, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Kpi> out = new HashMap<>();
        h.createQuery("select * from kpis where id in (<ids>)")
                .bindList("ids", List.copyOf(new LinkedHashSet<>(ids)))
                .map((rs, ctx) -> kpi(rs))
                .forEach(k -> out.put(k.id(), k));
        return out;
    }

    /**
     * The data watermark of each KPI: its {@code values_revision}, which every write to its values
     * raises in the same transaction. An unknown id is absent. One query.
     */
    public Map<String, Long> revisions(Handle h, Collection<String> ids) {
        Map<String, Long> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        h.createQuery("select id, values_revision from kpis where id in (<ids>)")
                .bindList("ids", List.copyOf(new LinkedHashSet<>(ids)))
                .map((rs, ctx) -> {
                    out.put(rs.getString(1), rs.getLong(2));
                    return 0;
                })
                .forEach(x -> {});
        return out;
    }

    /**
     * For each KPI id, every value from its own {@code from} on (future ones too), oldest first, read
     * while the KPI's revision was at least {@code revisionById}'s: one query over all of them (a
     * dashboard's view reads every panel's values at once). A KPI without values maps to an empty set.
     * The builders are labelled with {@code revisionById}; {@link ValueCache} checks it still held.
     */
    Map<String, StoredValues.Builder> valuesFrom(Handle h, Map<String, Long> fromById, Map<String, Long> revisionById) {
        Map<String, StoredValues.Builder> out = new HashMap<>();
        if (fromById.isEmpty()) {
            return out;
        }
        long earliest = Long.MAX_VALUE;
        for (var e : fromById.entrySet()) {
            out.put(e.getKey(), new StoredValues.Builder(revisionById.getOrDefault(e.getKey(), -1L), e.getValue()));
            earliest = Math.min(earliest, e.getValue());
        }
        h.createQuery("""
                        select kpi_id, at_ms, reading, recorded_at from kpi_values
                        where kpi_id in (<ids>) and at_ms >= :f order by kpi_id, at_ms""")
                .bindList("ids", List.copyOf(fromById.keySet()))
                .bind("f", earliest)
                .setFetchSize(4096)
                .map((rs, ctx) -> {
                    String id = rs.getString(1);
                    long at = rs.getLong(2);
                    if (at >= fromById.get(id)) {
                        out.get(id).add(at, rs.getDouble(3), rs.getLong(4));
                    }
                    return at;
                })
                .forEach(at -> {});
        return out;
    }

    /** The latest value before {@code to}. */
    public Optional<Value> latestBefore(Handle h, String kpiId, Instant to) {
        return h.createQuery(
                        "select at_ms, reading, recorded_at from kpi_values where kpi_id = :k and at_ms < :t order by at_ms desc limit 1")
                .bind("k", kpiId)
                .bind("t", to.toEpochMilli())
                .map((rs, ctx) -> new Value(
                        Instant.ofEpochMilli(rs.getLong("at_ms")),
                        rs.getDouble("reading"),
                        Instant.ofEpochMilli(rs.getLong("recorded_at"))))
                .findOne();
    }

    /** The time of the oldest value, if any. */
    public Optional<Instant> firstValueAt(Handle h, String kpiId) {
        return h.createQuery("select min(at_ms) from kpi_values where kpi_id = :k")
                .bind("k", kpiId)
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli);
    }

    private static Kpi kpi(ResultSet rs) throws SQLException {
        Unit unit = Unit.parse(rs.getString("unit")).orElseThrow();
        String tags = rs.getString("tags");
        var definition = new KpiDefinition(
                rs.getString("name"),
                rs.getString("description"),
                unit,
                rs.getDouble("target"),
                Direction.of(rs.getString("direction")).orElseThrow(),
                new Thresholds(
                        Thresholds.Mode.of(rs.getString("threshold_mode")).orElseThrow(),
                        rs.getDouble("at_risk"),
                        rs.getDouble("off_track")),
                rs.getString("owner"),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")),
                new Period(
                        Period.Granularity.of(rs.getString("granularity")).orElseThrow(),
                        Period.Mode.of(rs.getString("period_mode")).orElseThrow()),
                rs.getBoolean("cumulative"));
        return new Kpi(rs.getString("id"), definition, Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
