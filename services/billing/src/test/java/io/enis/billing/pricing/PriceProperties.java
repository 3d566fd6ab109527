package io.enis.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.money.Currency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PriceProperties {
    static final Currency EUR = Currency.of("EUR");

    /** Tier lists as the factories accept them: ascending bounds, the last unbounded. */
    @Provide
    Arbitrary<List<Tier>> tiers() {
        Arbitrary<List<Integer>> gaps =
                Arbitraries.integers().between(1, 1000).list().ofMinSize(0).ofMaxSize(5);
        Arbitrary<List<BigDecimal>> prices = unitPrices().list().ofSize(6);
        return Combinators.combine(gaps, prices).as((g, p) -> {
            List<Tier> list = new ArrayList<>();
            long bound = 0;
            for (int i = 0; i < g.size(); i++) {
                bound += g.get(i);
                list.add(Tier.upTo(BigDecimal.valueOf(bound), UnitPrice.of("unit_price", p.get(i))));
            }
            list.add(Tier.unbounded(UnitPrice.of("unit_price", p.get(g.size()))));
            return list;
        });
    }

    /** Unit prices from 0 to 10,000 minor units with up to 4 decimals. */
    @Provide
    Arbitrary<BigDecimal> unitPrices() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(10_000))
                .ofScale(4);
    }

    /** Quantities from 0 to 100,000 with up to 3 decimals. */
    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(100_000))
                .ofScale(3);
    }

    /** More units never cost less, exactly or rounded. */
    @Property
    void graduatedIsMonotonicInQuantity(
            @ForAll("tiers") List<Tier> tiers, @ForAll("quantities") BigDecimal a, @ForAll("quantities") BigDecimal b) {
        GraduatedPrice price = GraduatedPrice.of(EUR, tiers);
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        Charge cl = price.charge(Quantity.of("q", low));
        Charge ch = price.charge(Quantity.of("q", high));
        assertThat(cl.trace().exactMinor()).isLessThanOrEqualTo(ch.trace().exactMinor());
        assertThat(cl.amount().minor()).isLessThanOrEqualTo(ch.amount().minor());
    }

    /** Graduated tiers' quantities add up to the line's quantity, and their amounts to its exact amount. */
    @Property
    void graduatedTraceAddsUp(@ForAll("tiers") List<Tier> tiers, @ForAll("quantities") BigDecimal q) {
        Trace t = GraduatedPrice.of(EUR, tiers).charge(Quantity.of("q", q)).trace();
        assertThat(t.tiers().stream().map(TierUse::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(q);
        assertThat(t.tiers().stream().map(TierUse::exactMinor).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(t.exactMinor());
    }

    /** With a single (unbounded) tier, graduated, volume and per-unit pricing are the same charge. */
    @Property
    void oneTierMakesVolumeAndGraduatedAgree(
            @ForAll("unitPrices") BigDecimal unitPrice, @ForAll("quantities") BigDecimal q) {
        List<Tier> one = List.of(Tier.unbounded(UnitPrice.of("unit_price", unitPrice)));
        Quantity quantity = Quantity.of("q", q);
        Charge graduated = GraduatedPrice.of(EUR, one).charge(quantity);
        Charge volume = VolumePrice.of(EUR, one).charge(quantity);
        Charge perUnit =
                PerUnitPrice.of(EUR, UnitPrice.of("unit_price", unitPrice)).charge(quantity);
        assertThat(volume.amount()).isEqualTo(graduated.amount()).isEqualTo(perUnit.amount());
        assertThat(volume.trace().exactMinor())
                .isEqualByComparingTo(graduated.trace().exactMinor());
    }

    /** Rounding each of n lines half-even moves the total at most n/2 minor units from the exact sum. */
    @Property
    void perLineRoundingStaysWithinHalfAUnitPerLine(
            @ForAll @Size(min = 1, max = 50) List<@LongRange(min = 0, max = 1_000_000) Long> quantities,
            @ForAll("unitPrices") BigDecimal unitPrice,
            @ForAll @IntRange(min = 1, max = 4) int scaleDown) {
        PerUnitPrice price = PerUnitPrice.of(EUR, UnitPrice.of("unit_price", unitPrice.movePointLeft(scaleDown)));
        BigDecimal exact = BigDecimal.ZERO;
        long rounded = 0;
        for (long q : quantities) {
            Charge c = price.charge(Quantity.of(q));
            exact = exact.add(c.trace().exactMinor());
            rounded += c.amount().minor();
        }
        BigDecimal error = BigDecimal.valueOf(rounded).subtract(exact).abs();
        assertThat(error)
                .isLessThanOrEqualTo(BigDecimal.valueOf(quantities.size()).divide(BigDecimal.valueOf(2)));
    }

    /** Volume charges are the quantity times one of the tiers' prices, the one selected by the bounds. */
    @Property
    void volumeUsesTheTierTheQuantityFallsIn(@ForAll("tiers") List<Tier> tiers, @ForAll("quantities") BigDecimal q) {
        TierUse used = VolumePrice.of(EUR, tiers)
                .charge(Quantity.of("q", q))
                .trace()
                .tiers()
                .get(0);
        assertThat(q.compareTo(used.from()) > 0 || used.index() == 0).isTrue();
        used.upTo().ifPresent(upTo -> assertThat(q).isLessThanOrEqualTo(upTo));
        assertThat(used.exactMinor()).isEqualByComparingTo(q.multiply(used.unitPrice()));
    }
}
