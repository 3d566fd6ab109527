package io.enis.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.money.Rounding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One worked example per model, with the numbers a reader can check by hand. */
class PriceExamplesTest {
    static final Currency EUR = Currency.of("EUR");
    static final Currency JPY = Currency.of("JPY");
    static final Currency KWD = Currency.of("KWD");

    /** 1–5 at 5.00, 6–10 at 4.00, 11+ at 3.00 (EUR, in cents). */
    static final List<Tier> CLASSIC = List.of(Tier.upTo(5, "500"), Tier.upTo(10, "400"), Tier.unbounded("300"));

    @Test
    void flatIgnoresTheQuantityButTracesIt() {
        Charge c = FlatPrice.of(Money.of(4900, EUR)).charge(Quantity.of(7));
        assertThat(c.amount()).isEqualTo(Money.of(4900, EUR));
        assertThat(c.trace().model()).isEqualTo(PricingModel.FLAT);
        assertThat(c.trace().inputs()).containsEntry("quantity", "7").containsEntry("amount", "4900");
        assertThat(c.trace().tiers()).isEmpty();
    }

    @Test
    void perUnitWithAFractionalUnitPriceRoundsHalfEvenOnce() {
        // 0.05 cent per API call: 12,345 calls = 617.25 cents → 617
        Charge c = PerUnitPrice.of(EUR, UnitPrice.of("unit_price", "0.05")).charge(Quantity.of(12_345));
        assertThat(c.amount().minor()).isEqualTo(617);
        assertThat(c.trace().exactMinor()).isEqualByComparingTo("617.25");
        assertThat(c.trace().roundedMinor()).isEqualTo(617);
        assertThat(c.trace().formula()).isEqualTo("quantity × unit_price");
        assertThat(c.trace().inputs())
                .containsExactly(
                        java.util.Map.entry("quantity", "12345"),
                        java.util.Map.entry("currency", "EUR"),
                        java.util.Map.entry("unit_price", "0.05"));
        assertThat(c.trace().rounding()).isEqualTo(Rounding.RULE);
        // a half cent rounds to even: 2.5 → 2, 3.5 → 4
        assertThat(PerUnitPrice.of(EUR, UnitPrice.of("unit_price", "0.5"))
                        .charge(Quantity.of(5))
                        .amount()
                        .minor())
                .isEqualTo(2);
        assertThat(PerUnitPrice.of(EUR, UnitPrice.of("unit_price", "0.5"))
                        .charge(Quantity.of(7))
                        .amount()
                        .minor())
                .isEqualTo(4);
    }

    @Test
    void perUnitWithAFractionalQuantity() {
        // 2.5 GB-hours at 0.4 fils each: exactly 1 fils (0.001 KWD)
        Charge c = PerUnitPrice.of(KWD, UnitPrice.of("unit_price", "0.4"))
                .charge(Quantity.of("quantity", new BigDecimal("2.50")));
        assertThat(c.amount()).isEqualTo(Money.of(1, KWD));
        assertThat(c.trace().inputs()).containsEntry("quantity", "2.5");
    }

    @Test
    void packageRoundsUpToWholePackages() {
        PackagePrice emails = PackagePrice.of(Money.of(500, EUR), 1000);
        assertThat(emails.charge(Quantity.of(1001)).amount().minor()).isEqualTo(1000);
        assertThat(emails.charge(Quantity.of(1000)).amount().minor()).isEqualTo(500);
        assertThat(emails.charge(Quantity.of(1)).amount().minor()).isEqualTo(500);
        assertThat(emails.charge(Quantity.ZERO).amount().minor()).isZero();
        assertThat(emails.charge(Quantity.of(1001)).trace().inputs()).containsEntry("packages", "2");
    }

    @Test
    void theClassicGraduatedVersusVolumeExample() {
        GraduatedPrice graduated = GraduatedPrice.of(EUR, CLASSIC);
        VolumePrice volume = VolumePrice.of(EUR, CLASSIC);

        // 12 units: graduated 5×500 + 5×400 + 2×300 = 5,100; volume 12×300 = 3,600
        Charge g = graduated.charge(Quantity.of(12));
        assertThat(g.amount().minor()).isEqualTo(5100);
        assertThat(g.trace().tiers())
                .containsExactly(
                        new TierUse(
                                0,
                                BigDecimal.ZERO,
                                Optional.of(BigDecimal.valueOf(5)),
                                BigDecimal.valueOf(5),
                                new BigDecimal("500"),
                                new BigDecimal("2500")),
                        new TierUse(
                                1,
                                BigDecimal.valueOf(5),
                                Optional.of(BigDecimal.valueOf(10)),
                                BigDecimal.valueOf(5),
                                new BigDecimal("400"),
                                new BigDecimal("2000")),
                        new TierUse(
                                2,
                                BigDecimal.valueOf(10),
                                Optional.empty(),
                                BigDecimal.valueOf(2),
                                new BigDecimal("300"),
                                new BigDecimal("600")));
        Charge v = volume.charge(Quantity.of(12));
        assertThat(v.amount().minor()).isEqualTo(3600);
        assertThat(v.trace().tiers()).singleElement().satisfies(t -> {
            assertThat(t.index()).isEqualTo(2);
            assertThat(t.quantity()).isEqualByComparingTo("12");
        });

        // bounds are inclusive: 5 units are all in the first tier, 10 in the second
        assertThat(graduated.charge(Quantity.of(5)).amount().minor()).isEqualTo(2500);
        assertThat(volume.charge(Quantity.of(5)).amount().minor()).isEqualTo(2500);
        assertThat(graduated.charge(Quantity.of(10)).amount().minor()).isEqualTo(4500);
        assertThat(volume.charge(Quantity.of(10)).amount().minor()).isEqualTo(4000);
        assertThat(volume.charge(Quantity.of(11)).amount().minor()).isEqualTo(3300);
        assertThat(graduated.charge(Quantity.ZERO).amount().minor()).isZero();
        assertThat(graduated.charge(Quantity.ZERO).trace().tiers()).isEmpty();
        assertThat(GraduatedPrice.of(
                                EUR,
                                List.of(
                                        Tier.upTo(new BigDecimal("5.00"), UnitPrice.of("unit_price", "500")),
                                        Tier.unbounded("300")))
                        .tiers()
                        .get(0)
                        .upTo())
                .contains(BigDecimal.valueOf(5));
        assertThat(volume.charge(Quantity.ZERO).amount().minor()).isZero();
    }

    @Test
    void graduatedWithFractionalTierBoundsAndPricesRoundsOnlyTheLine() {
        // up to 0.5 GB at 0.3 yen, then 0.1 yen: 1.5 GB = 0.5×0.3 + 1×0.1 = 0.25 yen, rounded once → 0
        GraduatedPrice p = GraduatedPrice.of(
                JPY,
                List.of(Tier.upTo(new BigDecimal("0.5"), UnitPrice.of("unit_price", "0.3")), Tier.unbounded("0.1")));
        Charge c = p.charge(Quantity.of("quantity", new BigDecimal("1.5")));
        assertThat(c.trace().exactMinor()).isEqualByComparingTo("0.25");
        assertThat(c.amount()).isEqualTo(Money.of(0, JPY));
        assertThat(c.trace().tiers()).hasSize(2);
    }
}
