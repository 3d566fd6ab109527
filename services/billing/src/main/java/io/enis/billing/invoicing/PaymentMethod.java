package io.enis.billing.invoicing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A payment method attached to a customer: the provider's id ({@code pm_…}), the provider
 * ({@code stripe}, {@code offline}), type, card brand and last four digits when a card, and whether
 * it is the {@code default} that invoices are charged on.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PaymentMethod(
        String id,
        String customerId,
        String provider,
        String type,
        String brand,
        String last4,
        @JsonProperty("default") boolean isDefault,
        Instant createdAt) {
    /** This method with {@code isDefault} changed. */
    public PaymentMethod withDefault(boolean isDefault) {
        return new PaymentMethod(id, customerId, provider, type, brand, last4, isDefault, createdAt);
    }

    @JsonProperty("object")
    public String object() {
        return "payment_method";
    }
}
