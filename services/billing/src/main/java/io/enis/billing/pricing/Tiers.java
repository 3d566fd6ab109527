package io.enis.billing.pricing;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The validation both tiered models share. */
final class Tiers {
    private Tiers() {}

    /**
     * Rules: at least one tier; every tier but the last has an {@code up_to} greater than zero and
     * than the previous one's, with at most {@value Quantity#MAX_SCALE} decimals; the last has none
     * (unbounded); every tier has a unit price.
     *
     * @return an immutable copy, bounds in canonical form (as {@link Quantity}: {@code 5.0} → {@code 5})
     * @throws InvalidInputException on {@code tiers} or {@code tiers[i].up_to} / {@code tiers[i].unit_price}
     */
    static List<Tier> validate(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            throw InvalidInputException.field(
                    "tiers", "must list at least one tier; the last one unbounded (no up_to)");
        }
        BigDecimal previous = BigDecimal.ZERO;
        List<Tier> checked = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            String at = "tiers[" + i + "]";
            if (t == null) {
                throw InvalidInputException.field(at, "is required");
            }
            if (t.unitPrice() == null) {
                throw InvalidInputException.field(
                        at + ".unit_price", "is required; allowed: " + UnitPrice.REQUIRED + ", zero or more");
            }
            boolean last = i == tiers.size() - 1;
            if (last) {
                if (t.upTo().isPresent()) {
                    throw InvalidInputException.field(at + ".up_to", "must be absent: the last tier is unbounded");
                }
                checked.add(t);
            } else {
                if (t.upTo().isEmpty()) {
                    throw InvalidInputException.field(at + ".up_to", "is required: only the last tier is unbounded");
                }
                BigDecimal upTo = Quantity.canonical(at + ".up_to", t.upTo().get());
                if (upTo.compareTo(previous) <= 0) {
                    throw InvalidInputException.field(
                            at + ".up_to",
                            upTo.toPlainString() + " must be greater than "
                                    + (i == 0
                                            ? "zero"
                                            : "tiers[" + (i - 1) + "].up_to (" + previous.toPlainString() + ")")
                                    + "; tiers ascend");
                }
                previous = upTo;
                checked.add(new Tier(Optional.of(upTo), t.unitPrice()));
            }
        }
        return List.copyOf(checked);
    }

    /** The lower bound (exclusive) of tier {@code i}: the previous tier's up_to, or zero. */
    static BigDecimal from(List<Tier> tiers, int i) {
        return i == 0 ? BigDecimal.ZERO : tiers.get(i - 1).upTo().orElseThrow();
    }
}
