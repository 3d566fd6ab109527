package io.enis.billing.invoices;

import io.enis.billing.money.Rounding;
import io.enis.billing.pricing.Charge;
import io.enis.billing.pricing.TierUse;
import io.enis.billing.pricing.Trace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an invoice line's amount was computed, machine-readable: the price {@code model}, the
 * {@code formula}, its named {@code inputs} as decimal strings (quantity, currency, unit_price, …,
 * and for prorations used_seconds, period_seconds, full_exact_minor), the {@code tiers} used, the
 * billed period with its length in {@code periodDays}, the unrounded {@code exactMinor} (for a
 * proration, the quotient to 12 decimals; the rounding itself is of the exact fraction), the
 * {@code roundedMinor} line amount and the {@code rounding} rule. Plain values only, so it
 * serializes as it is and reads back equal.
 */
public record LineTrace(
        String model,
        String formula,
        Map<String, String> inputs,
        List<Tier> tiers,
        String periodStart,
        String periodEnd,
        String periodDays,
        String exactMinor,
        long roundedMinor,
        String rounding) {
    /** One tier's part of a tiered line; {@code upTo} null means unbounded. */
    public record Tier(int index, String from, String upTo, String quantity, String unitPrice, String exactMinor) {
        static Tier of(TierUse use) {
            return new Tier(
                    use.index(),
                    use.from().toPlainString(),
                    use.upTo().map(BigDecimal::toPlainString).orElse(null),
                    use.quantity().toPlainString(),
                    use.unitPrice().toPlainString(),
                    use.exactMinor().toPlainString());
        }
    }

    public LineTrace {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        tiers = List.copyOf(tiers);
    }

    /** The trace of a whole-period charge from the pricing core, with the period it bills. */
    static LineTrace of(Charge charge, BillingPeriod period) {
        Trace t = charge.trace();
        return new LineTrace(
                t.model().name().toLowerCase(java.util.Locale.ROOT),
                t.formula(),
                t.inputs(),
                t.tiers().stream().map(Tier::of).toList(),
                period.start().toString(),
                period.end().toString(),
                period.days().toPlainString(),
                t.exactMinor().toPlainString(),
                t.roundedMinor(),
                t.rounding());
    }

    /**
     * The trace of {@code full} prorated to {@code used} of {@code fullPeriod}, negated for a credit:
     * {@code sign × full_exact_minor × used_seconds / period_seconds}, rounded once, half-even.
     */
    static LineTrace prorated(Charge full, BillingPeriod fullPeriod, BillingPeriod used, boolean credit) {
        Trace t = full.trace();
        Map<String, String> inputs = new LinkedHashMap<>(t.inputs());
        inputs.put("full_exact_minor", t.exactMinor().toPlainString());
        inputs.put("used_seconds", Long.toString(used.seconds()));
        inputs.put("period_seconds", Long.toString(fullPeriod.seconds()));
        inputs.put("sign", credit ? "-1" : "1");
        BigDecimal numerator = t.exactMinor()
                .multiply(BigDecimal.valueOf(used.seconds()))
                .multiply(BigDecimal.valueOf(credit ? -1 : 1));
        BigDecimal divisor = BigDecimal.valueOf(fullPeriod.seconds());
        long rounded = numerator.divide(divisor, 0, Rounding.MODE).longValueExact();
        String exact = numerator
                .divide(divisor, 12, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
        return new LineTrace(
                t.model().name().toLowerCase(java.util.Locale.ROOT),
                "sign × (" + t.formula() + ") × used_seconds / period_seconds",
                inputs,
                t.tiers().stream().map(Tier::of).toList(),
                used.start().toString(),
                used.end().toString(),
                used.days().toPlainString(),
                exact,
                rounded,
                t.rounding());
    }
}
