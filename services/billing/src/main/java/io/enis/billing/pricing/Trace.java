package io.enis.billing.pricing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a line's amount was computed, machine-readable, so anyone can redo the sum:
 * <ul>
 *   <li>{@code model} — which price model;</li>
 *   <li>{@code formula} — the computation in words and symbols, e.g. {@code quantity × unit_price};</li>
 *   <li>{@code inputs} — every named value the formula uses, as plain decimal strings in insertion
 *       order (quantity, currency, unit_price in minor units, package_size, …);</li>
 *   <li>{@code tiers} — for tiered models, each tier that contributed (empty otherwise);</li>
 *   <li>{@code exactMinor} — the unrounded amount in minor units;</li>
 *   <li>{@code roundedMinor} — the line's amount after {@code rounding};</li>
 *   <li>{@code rounding} — the rule applied, {@link io.enis.billing.money.Rounding#RULE}.</li>
 * </ul>
 * Plain values only (strings, decimals, lists), so the service can serialize it as it is.
 */
public record Trace(
        PricingModel model,
        String formula,
        Map<String, String> inputs,
        List<TierUse> tiers,
        BigDecimal exactMinor,
        long roundedMinor,
        String rounding) {
    public Trace {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        tiers = List.copyOf(tiers);
    }
}
