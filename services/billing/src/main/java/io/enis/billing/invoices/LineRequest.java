package io.enis.billing.invoices;

import io.enis.billing.pricing.Price;
import io.enis.billing.pricing.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * A line to bill, before rating: what the subscription wiring hands to {@link InvoiceRater}.
 * Prices are the pricing core's {@link Price} models in the invoice's currency.
 */
public sealed interface LineRequest {
    String description();

    Price price();

    /** A period's recurring fee: {@code price} for {@code quantity} (seats; 1 for a flat fee). */
    record RecurringFee(String description, Price price, Quantity quantity, BillingPeriod period)
            implements LineRequest {
        public RecurringFee {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(period, "period");
        }
    }

    /**
     * A plan change's proration, to the second: the fee of {@code fullPeriod} for {@code quantity},
     * times {@code used} / {@code fullPeriod}; a {@code credit} (the unused time of the old plan) is
     * negative. {@code prorationId} names the stored proration it bills ({@code pro_…}), so that exactly
     * one invoice holds it ({@link InvoiceProrations}); {@code null} for a line that bills no stored
     * proration (then nothing is recorded). It is not part of the rated line or of the document.
     */
    record Proration(
            String description,
            Price price,
            Quantity quantity,
            BillingPeriod fullPeriod,
            BillingPeriod used,
            boolean credit,
            String prorationId)
            implements LineRequest {
        /** A proration line that bills no stored proration ({@code prorationId} {@code null}). */
        public Proration(
                String description,
                Price price,
                Quantity quantity,
                BillingPeriod fullPeriod,
                BillingPeriod used,
                boolean credit) {
            this(description, price, quantity, fullPeriod, used, credit, null);
        }

        /** @throws io.enis.kit.domain.InvalidInputException on {@code period} when {@code used} lies outside {@code fullPeriod} */
        public Proration {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(quantity, "quantity");
            if (!fullPeriod.contains(used)) {
                throw io.enis.kit.domain.InvalidInputException.field(
                        "period",
                        "the prorated period " + used.start() + " – " + used.end()
                                + " must lie within the billing period " + fullPeriod.start() + " – "
                                + fullPeriod.end());
            }
        }
    }

    /**
     * Metered usage over {@code period}: {@code quantity} is the metric's aggregate, {@code eventIds}
     * the ids of the events behind it (their count and digest go on the line).
     */
    record UsageCharge(
            String description,
            String metric,
            Price price,
            Quantity quantity,
            BillingPeriod period,
            List<String> eventIds)
            implements LineRequest {
        public UsageCharge {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(period, "period");
            eventIds = List.copyOf(eventIds);
        }
    }
}
