package io.enis.billing.subscriptions;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/**
 * How a proration was computed: the formula, its inputs as decimal strings (amount in minor units,
 * currency, unused and period seconds), the period, the instant of the change, the exact amount
 * (to 12 decimals, signed) and the rounded one in minor units, and the rounding rule.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProrationTrace(String formula, Map<String, String> inputs, Instant periodStart, Instant periodEnd,
                             Instant from, long unusedSeconds, long periodSeconds, String exactMinor, long roundedMinor,
                             String rounding) {
}
