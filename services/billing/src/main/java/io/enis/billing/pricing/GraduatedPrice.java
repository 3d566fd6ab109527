package io.enis.billing.pricing;

import io.enis.billing.money.Currency;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Tiered, graduated: each unit costs the price of the tier it falls in, and the tiers' parts add
 * up. With tiers up to 5 at 500, up to 10 at 400, then 300 (minor units), 12 units cost
 * 5 × 500 + 5 × 400 + 2 × 300 = 5,100. The sum over tiers is exact and rounded once for the line.
 * Tiers ascend and the last is unbounded ({@link Tiers#validate}).
 */
public record GraduatedPrice(Currency currency, List<Tier> tiers) implements Price {
    /** @throws InvalidInputException on {@code currency}, {@code tiers} or {@code tiers[i].…} */
    public GraduatedPrice {
        if (currency == null) {
            throw InvalidInputException.field("currency", "is required");
        }
        tiers = Tiers.validate(tiers);
    }

    public static GraduatedPrice of(Currency currency, List<Tier> tiers) {
        return new GraduatedPrice(currency, tiers);
    }

    @Override
    public PricingModel model() {
        return PricingModel.GRADUATED;
    }

    @Override
    public Charge charge(Quantity quantity) {
        Objects.requireNonNull(quantity, "quantity");
        BigDecimal q = quantity.value();
        BigDecimal total = BigDecimal.ZERO;
        List<TierUse> used = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            BigDecimal from = Tiers.from(tiers, i);
            if (q.compareTo(from) <= 0) {
                break;
            }
            BigDecimal to = t.upTo().map(q::min).orElse(q);
            BigDecimal units = to.subtract(from);
            BigDecimal part = t.unitPrice().times(units);
            used.add(new TierUse(i, from, t.upTo(), units, t.unitPrice().minor(), part));
            total = total.add(part);
        }
        var inputs = new LinkedHashMap<String, String>();
        inputs.put("quantity", quantity.toString());
        inputs.put("currency", currency.code());
        return Charge.of(model(), "Σ over tiers (units in tier × tier unit_price)", inputs, used, total, currency);
    }
}
