package io.enis.billing.invoices;

import io.enis.billing.money.Currency;
import io.enis.kit.domain.InvalidInputException;
import java.util.List;

/**
 * Everything an invoice is rated from, independent of how subscriptions are stored: the
 * organisation (numbering series) and customer, the currency, a {@code billingKey} that names what
 * is billed (for example {@code sub_123/2026-11}: one invoice per key, so a repeated invoice run
 * bills nothing twice), the billing period, tax rates, redeemed coupons and the lines.
 */
public record BillingInput(
        String organisationId,
        String customerId,
        Currency currency,
        String billingKey,
        BillingPeriod period,
        List<TaxRate> taxRates,
        List<AppliedCoupon> coupons,
        List<LineRequest> lines) {
    /**
     * @throws InvalidInputException naming the field: a missing id, or a price, coupon amount in
     *                               another currency than {@code currency}
     */
    public BillingInput {
        require("organisation_id", organisationId);
        require("customer_id", customerId);
        require("billing_key", billingKey);
        if (currency == null) {
            throw InvalidInputException.field("currency", "is required");
        }
        if (period == null) {
            throw InvalidInputException.field("period", "is required");
        }
        taxRates = List.copyOf(taxRates);
        coupons = List.copyOf(coupons);
        lines = List.copyOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).price().currency().equals(currency)) {
                throw InvalidInputException.field(
                        "lines[" + i + "].price",
                        "is in " + lines.get(i).price().currency() + "; allowed: the invoice's currency " + currency);
            }
        }
        for (int i = 0; i < coupons.size(); i++) {
            var off = coupons.get(i).coupon().amountOff();
            if (off != null && !off.currency().equals(currency)) {
                throw InvalidInputException.field(
                        "coupons[" + i + "].amount_off",
                        "is in " + off.currency() + "; allowed: the invoice's currency " + currency);
            }
        }
    }

    /** The same input with {@code coupons} instead of its own (checked as the constructor checks them). */
    public BillingInput withCoupons(List<AppliedCoupon> coupons) {
        return new BillingInput(organisationId, customerId, currency, billingKey, period, taxRates, coupons, lines);
    }

    /** The same input with {@code lines} instead of its own (checked as the constructor checks them). */
    public BillingInput withLines(List<LineRequest> lines) {
        return new BillingInput(organisationId, customerId, currency, billingKey, period, taxRates, coupons, lines);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field(field, "is required");
        }
    }
}
