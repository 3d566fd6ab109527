package io.enis.scorecard.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Dashboards and their panels in the service database, within the caller's transaction. */
public final class DashboardStore {
    public void insert(Handle h, Dashboard d) {
        TimeRange r = d.range();
        h.createUpdate("""
                insert into dashboards (id, name, range_last, range_from, range_to, created_at)
                values (:id, :name, :last, :from, :to, :createdAt)""")
                .bind("id", d.id()).bind("name", d.name())
                .bind("last", r.last() == null ? null : r.last().toMillis())
                .bind("from", r.from() == null ? null : r.from().toEpochMilli())
                .bind("to", r.to() == null ? null : r.to().toEpochMilli())
                .bind("createdAt", d.createdAt().toEpochMilli())
                .execute();
        var panels = h.prepareBatch("insert into dashboard_panels (dashboard_id, position, kpi_id, title) values (:d, :p, :k, :t)");
        for (var p : d.panels()) {
            panels.bind("d", d.id()).bind("p", p.position()).bind("k", p.kpiId()).bind("t", p.title()).add();
        }
        panels.execute();
    }

    public Optional<Dashboard> find(Handle h, String id) {
        List<Dashboard.Panel> panels = h.createQuery(
                        "select position, kpi_id, title from dashboard_panels where dashboard_id = :id order by position")
                .bind("id", id)
                .map((rs, ctx) -> new Dashboard.Panel(rs.getInt("position"), rs.getString("kpi_id"), rs.getString("title")))
                .list();
        return h.createQuery("select * from dashboards where id = :id").bind("id", id).map((rs, ctx) -> {
            long last = rs.getLong("range_last");
            TimeRange range = rs.wasNull()
                    ? TimeRange.fixed(Instant.ofEpochMilli(rs.getLong("range_from")), Instant.ofEpochMilli(rs.getLong("range_to")))
                    : TimeRange.lastOf(Duration.ofMillis(last));
            return new Dashboard(rs.getString("id"), rs.getString("name"), panels, range, Instant.ofEpochMilli(rs.getLong("created_at")));
        }).findOne();
    }
}
