package io.enis.billing.usage;

import java.time.Instant;

/**
 * A metered event as kept: which subscription and period it counts in, its value for the metric
 * ({@code null} for COUNT; a decimal for SUM, MAX, LATEST; the text compared for UNIQUE_COUNT) and the
 * canonical payload a replay is compared with.
 */
record StoredEvent(String transactionId, String subscriptionId, String metricCode, Instant occurredAt, Instant periodStart,
                   String value, String payload) {
}
