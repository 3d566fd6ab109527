package io.enis.billing.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * One period of a subscription, what an invoice run reads: {@code [start, end)} ({@code end} is the
 * actual end: earlier than planned when a pause, a cancellation or a change of interval cut it), the
 * {@code kind} ({@code trial}: no fee), the plan and quantity whose {@code feeMinor} is billed in
 * advance for it, the plan its metered usage is rated with ({@code ratingPlanId}: the plan in effect
 * at its end), whether it is {@code closed}, and the prorations that adjust it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillingPeriod(String subscriptionId, Instant start, Instant end, String kind, String planId, long quantity,
                            long feeMinor, String currency, String ratingPlanId, boolean closed,
                            List<ProrationRecord> prorations) {
}
