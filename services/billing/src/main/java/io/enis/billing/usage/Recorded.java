package io.enis.billing.usage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** What became of one reported event: stored now, or a {@code duplicate} of the stored one (nothing changed). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Recorded(String transactionId, boolean duplicate, String subscriptionId, Instant periodStart) {
}
