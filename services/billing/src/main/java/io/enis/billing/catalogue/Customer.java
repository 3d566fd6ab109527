package io.enis.billing.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * Who is billed. {@code currency} (ISO 4217, fixed once created) is the currency of every
 * subscription of the customer; {@code taxRates} apply to its invoices; {@code stripeCustomerId}
 * links an existing Stripe customer (absent: created on the first payment).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Customer(String id, String externalId, String name, String email, String currency,
                       BillingAddress billingAddress, List<TaxRate> taxRates, String stripeCustomerId,
                       Instant createdAt, Instant updatedAt) {
}
