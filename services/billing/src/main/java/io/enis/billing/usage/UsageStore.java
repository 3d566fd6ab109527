package io.enis.billing.usage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of usage events; every method runs in the caller's transaction. */
final class UsageStore {
    private UsageStore() {
    }

    static Optional<StoredEvent> find(Handle h, String transactionId) {
        return h.createQuery("select * from usage_events where transaction_id = :id").bind("id", transactionId)
                .map((rs, c) -> new StoredEvent(rs.getString("transaction_id"), rs.getString("subscription_id"), rs.getString("metric_code"),
                        Instant.ofEpochMilli(rs.getLong("occurred_at")), Instant.ofEpochMilli(rs.getLong("period_start")),
                        rs.getString("metric_value"), rs.getString("payload"))).findOne();
    }

    static void insert(Handle h, StoredEvent e, String customerId, String properties, Instant receivedAt) {
        h.createUpdate("insert into usage_events (transaction_id, subscription_id, customer_id, metric_code, occurred_at, period_start, "
                        + "metric_value, properties, payload, received_at) values (:id, :sub, :customer, :metric, :at, :period, :value, "
                        + ":properties, :payload, :received)")
                .bind("id", e.transactionId()).bind("sub", e.subscriptionId()).bind("customer", customerId).bind("metric", e.metricCode())
                .bind("at", e.occurredAt().toEpochMilli()).bind("period", e.periodStart().toEpochMilli()).bind("value", e.value())
                .bind("properties", properties).bind("payload", e.payload()).bind("received", receivedAt.toEpochMilli()).execute();
    }

    /** The events of one subscription, metric and period: id, time and value. */
    static List<StoredEvent> events(Handle h, String subscriptionId, String metricCode, Instant periodStart) {
        return h.createQuery("select transaction_id, occurred_at, metric_value from usage_events where subscription_id = :sub "
                        + "and metric_code = :metric and period_start = :period")
                .bind("sub", subscriptionId).bind("metric", metricCode).bind("period", periodStart.toEpochMilli())
                .map((rs, c) -> new StoredEvent(rs.getString(1), subscriptionId, metricCode, Instant.ofEpochMilli(rs.getLong(2)),
                        periodStart, rs.getString(3), null)).list();
    }
}
