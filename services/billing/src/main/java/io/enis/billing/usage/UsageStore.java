package io.enis.billing.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The SQL of usage events; every method runs in the caller's transaction. */
final class UsageStore {
    private UsageStore() {}

    /** The stored events among {@code transactionIds}, by id, in one statement. */
    static Map<String, StoredEvent> findAll(Handle h, Collection<String> transactionIds) {
        Map<String, StoredEvent> out = new HashMap<>();
        if (transactionIds.isEmpty()) {
            return out;
        }
        h.createQuery(
                        "select transaction_id, subscription_id, metric_code, occurred_at, period_start, metric_value, payload "
                                + "from usage_events where transaction_id in (<ids>)")
                .bindList("ids", List.copyOf(transactionIds))
                .map((rs, c) -> stored(rs, rs.getString("payload")))
                .forEach(e -> out.put(e.transactionId(), e));
        return out;
    }

    /** A new event with what its row stores beside {@link StoredEvent}. */
    record NewEvent(StoredEvent event, String customerId, String properties) {}

    /** Inserts the events as one JDBC batch. */
    static void insertAll(Handle h, List<NewEvent> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(
                "insert into usage_events (transaction_id, subscription_id, customer_id, metric_code, occurred_at, period_start, "
                        + "metric_value, properties, payload, received_at) values (:id, :sub, :customer, :metric, :at, :period, :value, "
                        + ":properties, :payload, :received)");
        for (NewEvent n : events) {
            StoredEvent e = n.event();
            batch.bind("id", e.transactionId())
                    .bind("sub", e.subscriptionId())
                    .bind("customer", n.customerId())
                    .bind("metric", e.metricCode())
                    .bind("at", e.occurredAt().toEpochMilli())
                    .bind("period", e.periodStart().toEpochMilli())
                    .bind("value", e.value())
                    .bind("properties", n.properties())
                    .bind("payload", e.payload())
                    .bind("received", receivedAt.toEpochMilli())
                    .add();
        }
        batch.execute();
    }

    /** The events of one subscription, metric and period: id, time and value. */
    static List<StoredEvent> events(Handle h, String subscriptionId, String metricCode, Instant periodStart) {
        return h.createQuery(
                        "select transaction_id, occurred_at, metric_value from usage_events where subscription_id = :sub "
                                + "and metric_code = :metric and period_start = :period")
                .bind("sub", subscriptionId)
                .bind("metric", metricCode)
                .bind("period", periodStart.toEpochMilli())
                .map((rs, c) -> new StoredEvent(
                        rs.getString(1),
                        subscriptionId,
                        metricCode,
                        Instant.ofEpochMilli(rs.getLong(2)),
                        periodStart,
                        rs.getString(3),
                        null))
                .list();
    }

    /**
     * The events of the subscriptions {@code subscriptionIds} in periods starting at one of
     * {@code periodStarts} (every metric), in one statement: a superset of the pairs a caller wants.
     */
    static List<StoredEvent> eventsOf(Handle h, Collection<String> subscriptionIds, Collection<Instant> periodStarts) {
        if (subscriptionIds.isEmpty() || periodStarts.isEmpty()) {
            return List.of();
        }
        return h.createQuery(
                        "select subscription_id, metric_code, period_start, transaction_id, occurred_at, metric_value from usage_events "
                                + "where subscription_id in (<subs>) and period_start in (<starts>)")
                .bindList("subs", List.copyOf(subscriptionIds))
                .bindList(
                        "starts",
                        periodStarts.stream().map(Instant::toEpochMilli).toList())
                .map((rs, c) -> stored(rs, null))
                .list();
    }

    /** A row of {@code usage_events} selected by name; {@code payload} when the query read it, else null. */
    private static StoredEvent stored(ResultSet rs, String payload) throws SQLException {
        return new StoredEvent(
                rs.getString("transaction_id"),
                rs.getString("subscription_id"),
                rs.getString("metric_code"),
                Instant.ofEpochMilli(rs.getLong("occurred_at")),
                Instant.ofEpochMilli(rs.getLong("period_start")),
                rs.getString("metric_value"),
                payload);
    }
}
