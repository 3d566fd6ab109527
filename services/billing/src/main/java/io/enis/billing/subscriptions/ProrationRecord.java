package io.enis.billing.subscriptions;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A stored proration: which period it adjusts ({@code periodStart}), credit or charge, for which plan
 * and quantity, the signed amount in minor units, the behavior that created it ({@code invoiceNow}
 * for {@code always_invoice}: bill it at once instead of on the period's next invoice) and its trace.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProrationRecord(String id, String subscriptionId, Instant periodStart, Proration.Kind kind, String planId,
                              long quantity, long amountMinor, String currency, ProrationBehavior behavior,
                              boolean invoiceNow, ProrationTrace trace, Instant createdAt) {
}
