package io.enis.billing.pricing;

import io.enis.billing.money.Currency;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Tiered, volume: the total quantity selects one tier — the first whose {@code up_to} is at least
 * the quantity (bounds are inclusive), or the last — and every unit costs that tier's price. With
 * tiers up to 5 at 500, up to 10 at 400, then 300 (minor units), 12 units cost 12 × 300 = 3,600,
 * and 10 units cost 10 × 400 = 4,000. Zero units select the first tier and cost zero.
 * Tiers ascend and the last is unbounded ({@link Tiers#validate}).
 */
public record VolumePrice(Currency currency, List<Tier> tiers) implements Price {
    /** @throws InvalidInputException on {@code currency}, {@code tiers} or {@code tiers[i].…} */
    public VolumePrice {
        if (currency == null) {
            throw InvalidInputException.field("currency", "is required");
        }
        tiers = Tiers.validate(tiers);
    }

    public static VolumePrice of(Currency currency, List<Tier> tiers) {
        return new VolumePrice(currency, tiers);
    }

    @Override
    public PricingModel model() {
        return PricingModel.VOLUME;
    }

    @Override
    public Charge charge(Quantity quantity) {
        Objects.requireNonNull(quantity, "quantity");
        BigDecimal q = quantity.value();
        int i = 0;
        while (i < tiers.size() - 1 && q.compareTo(tiers.get(i).upTo().orElseThrow()) > 0) {
            i++;
        }
        Tier t = tiers.get(i);
        BigDecimal amount = t.unitPrice().times(q);
        var inputs = new LinkedHashMap<String, String>();
        inputs.put("quantity", quantity.toString());
        inputs.put("currency", currency.code());
        inputs.put("unit_price", t.unitPrice().toString());
        return Charge.of(
                model(),
                "quantity × unit_price of the tier the quantity falls in",
                inputs,
                List.of(new TierUse(
                        i, Tiers.from(tiers, i), t.upTo(), q, t.unitPrice().minor(), amount)),
                amount,
                currency);
    }
}
