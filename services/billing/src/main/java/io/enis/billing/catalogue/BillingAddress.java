package io.enis.billing.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A postal billing address; {@code country} is an ISO 3166-1 alpha-2 code, the rest free text. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillingAddress(String line1, String line2, String city, String state, String postalCode, String country) {
}
