package io.enis.billing.catalogue;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.enis.billing.pricing.Price;

/** A plan's charge for usage: the period's aggregate of metric {@code metricCode}, priced by {@code price}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeteredCharge(String metricCode, @JsonSerialize(using = PriceJson.Serializer.class) Price price) {
}
