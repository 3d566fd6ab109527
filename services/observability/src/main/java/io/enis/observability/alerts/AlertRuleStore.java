package io.enis.observability.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import io.enis.kit.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** Alert rules in the service database (PostgreSQL, or the embedded H2). */
public final class AlertRuleStore {
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};
    private final Jdbi jdbi;

    public AlertRuleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @return false when the tenant already has a rule of that name */
    public boolean insert(AlertRule r) {
        return jdbi.withHandle(h -> {
            boolean taken = h.createQuery("select count(*) from alert_rules where tenant = :tenant and name = :name")
                            .bind("tenant", r.tenant())
                            .bind("name", r.name())
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (taken) {
                return false;
            }
            bind(h.createUpdate("""
                    insert into alert_rules (id, tenant, name, query, comparison, threshold, for_ms, keep_firing_for_ms,
                      labels, annotations, webhook_url, created_at, updated_at)
                    values (:id, :tenant, :name, :query, :comparison, :threshold, :for, :keep, :labels, :annotations,
                      :webhook, :created, :updated)"""), r).execute();
            return true;
        });
    }

    /** @return false when no such rule exists or another rule of the tenant has the new name */
    public boolean update(AlertRule r) {
        return jdbi.inTransaction(h -> {
            boolean clash = h.createQuery(
                                    "select count(*) from alert_rules where tenant = :tenant and name = :name and id <> :id")
                            .bind("tenant", r.tenant())
                            .bind("name", r.name())
                            .bind("id", r.id())
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (clash) {
                return false;
            }
            return bind(h.createUpdate("""
                    update alert_rules set name = :name, query = :query, comparison = :comparison, threshold = :threshold,
                      for_ms = :for, keep_firing_for_ms = :keep, labels = :labels, annotations = :annotations,
                      webhook_url = :webhook, updated_at = :updated
                    where id = :id and tenant = :tenant"""), r).execute() == 1;
        });
    }

    public boolean delete(String tenant, String id) {
        return jdbi.withHandle(h -> h.createUpdate("delete from alert_rules where id = :id and tenant = :tenant")
                        .bind("id", id)
                        .bind("tenant", tenant)
                        .execute()
                == 1);
    }

    public Optional<AlertRule> find(String tenant, String id) {
        return jdbi.withHandle(h -> h.createQuery("select * from alert_rules where id = :id and tenant = :tenant")
                .bind("id", id)
                .bind("tenant", tenant)
                .map((rs, c) -> read(rs))
                .findOne());
    }

    /** The rules of one tenant, by name. */
    public List<AlertRule> list(String tenant) {
        return jdbi.withHandle(h -> h.createQuery("select * from alert_rules where tenant = :tenant order by name")
                .bind("tenant", tenant)
                .map((rs, c) -> read(rs))
                .list());
    }

    /** Every rule of every tenant (what the evaluator runs). */
    public List<AlertRule> all() {
        return jdbi.withHandle(h -> h.createQuery("select * from alert_rules order by tenant, name")
                .map((rs, c) -> read(rs))
                .list());
    }

    private static Update bind(Update u, AlertRule r) {
        return u.bind("id", r.id())
                .bind("tenant", r.tenant())
                .bind("name", r.name())
                .bind("query", r.query())
                .bind("comparison", r.comparison().symbol)
                .bind("threshold", r.threshold())
                .bind("for", r.forDuration().toMillis())
                .bind("keep", r.keepFiringFor().toMillis())
                .bind("labels", Json.write(r.labels()))
                .bind("annotations", Json.write(r.annotations()))
                .bind("webhook", r.webhookUrl())
                .bind("created", r.createdAt().toEpochMilli())
                .bind("updated", r.updatedAt().toEpochMilli());
    }

    private static AlertRule read(ResultSet rs) throws SQLException {
        try {
            return new AlertRule(
                    rs.getString("id"),
                    rs.getString("tenant"),
                    rs.getString("name"),
                    rs.getString("query"),
                    AlertRule.Comparison.of(rs.getString("comparison")),
                    rs.getDouble("threshold"),
                    Duration.ofMillis(rs.getLong("for_ms")),
                    Duration.ofMillis(rs.getLong("keep_firing_for_ms")),
                    Json.MAPPER.readValue(rs.getString("labels"), MAP),
                    Json.MAPPER.readValue(rs.getString("annotations"), MAP),
                    rs.getString("webhook_url"),
                    Instant.ofEpochMilli(rs.getLong("created_at")),
                    Instant.ofEpochMilli(rs.getLong("updated_at")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("alert rule " + rs.getString("id") + " has unreadable labels or annotations", e);
        }
    }
}
