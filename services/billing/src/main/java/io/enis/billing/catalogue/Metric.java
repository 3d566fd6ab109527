package io.enis.billing.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A billable metric: usage events with its {@code code} are aggregated per subscription and
 * period by {@code aggregation}, over the event property {@code fieldName} (absent for COUNT).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metric(String id, String code, String name, Aggregation aggregation, String fieldName,
                     Instant createdAt) {
}
