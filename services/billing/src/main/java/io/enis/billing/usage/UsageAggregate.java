package io.enis.billing.usage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.enis.billing.catalogue.Aggregation;
import io.enis.billing.pricing.Quantity;
import java.time.Instant;
import java.util.List;

/**
 * A period's usage of one metric by one subscription: the aggregated {@code quantity} an invoice line
 * prices, how many events it came from, their transaction ids sorted (Java {@link String} order) and
 * {@code eventsSha256}, the SHA-256 (hex) of those ids each followed by a line feed, UTF-8 — so an
 * invoice can prove which events it rated, and re-rating the same events gives the same line.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UsageAggregate(String subscriptionId, String metricCode, Aggregation aggregation, Instant periodStart,
                             Instant periodEnd, String quantity, int eventCount, String eventsSha256,
                             @JsonIgnore List<String> eventIds) {
    /** The quantity as the pricing code takes it. */
    public Quantity asQuantity() {
        return Quantity.of("quantity", new java.math.BigDecimal(quantity));
    }
}
