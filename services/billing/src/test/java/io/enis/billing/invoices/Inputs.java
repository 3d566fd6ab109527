package io.enis.billing.invoices;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.GraduatedPrice;
import io.enis.billing.pricing.PerUnitPrice;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.pricing.Tier;
import io.enis.billing.pricing.UnitPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Billing inputs for tests: a November 2026 EUR period with a flat fee, a proration and API-call usage. */
final class Inputs {
    static final Currency EUR = Currency.of("EUR");
    static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");
    static final BillingPeriod NOVEMBER = new BillingPeriod(NOV_1, DEC_1);
    static final TaxRate VAT = new TaxRate("txr_vat", "VAT 21%", new BigDecimal("21"));

    private Inputs() {}

    static LineRequest fee(long minor) {
        return new LineRequest.RecurringFee("Pro plan", FlatPrice.of(Money.of(minor, EUR)), Quantity.of(1), NOVEMBER);
    }

    static LineRequest seats(long seats, String unitPrice) {
        return new LineRequest.RecurringFee(
                "Seats", PerUnitPrice.of(EUR, UnitPrice.of("unit_price", unitPrice)), Quantity.of(seats), NOVEMBER);
    }

    /** Upgrade on 16 Nov: credit for the old plan's unused 15 days, charge for the new one's. */
    static List<LineRequest> upgradeOn16th(long oldMinor, long newMinor) {
        BillingPeriod rest = new BillingPeriod(Instant.parse("2026-11-16T00:00:00Z"), DEC_1);
        return List.of(
                new LineRequest.Proration(
                        "Unused time on Basic",
                        FlatPrice.of(Money.of(oldMinor, EUR)),
                        Quantity.of(1),
                        NOVEMBER,
                        rest,
                        true),
                new LineRequest.Proration(
                        "Remaining time on Pro",
                        FlatPrice.of(Money.of(newMinor, EUR)),
                        Quantity.of(1),
                        NOVEMBER,
                        rest,
                        false));
    }

    static LineRequest apiCalls(List<String> eventIds) {
        var price = GraduatedPrice.of(EUR, List.of(Tier.upTo(1000, "0"), Tier.unbounded("0.5")));
        return new LineRequest.UsageCharge(
                "API calls", "api_calls", price, Quantity.of(eventIds.size()), NOVEMBER, eventIds);
    }

    static List<String> eventIds(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("evt_" + i);
        }
        return ids;
    }

    static BillingInput input(List<LineRequest> lines, List<AppliedCoupon> coupons, List<TaxRate> taxes) {
        return new BillingInput("org_acme", "cus_1", EUR, "sub_1/2026-11", NOVEMBER, taxes, coupons, lines);
    }

    static BillingInput input(LineRequest... lines) {
        return input(List.of(lines), List.of(), List.of(VAT));
    }

    static Invoice draft(LineRequest... lines) {
        return Invoice.draft("in_1", input(lines), NOV_1);
    }
}
