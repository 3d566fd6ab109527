package io.enis.billing.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.subscriptions.Proration.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The proration rule's invariants, over random fees, periods (1 s to 2 years) and change instants. */
class ProrationProperties {
    private static final Currency EUR = Currency.of("EUR");
    private static final Instant START = Instant.parse("2026-01-31T10:00:00Z");

    private static Proration.Line line(Kind kind, long amount, long periodSeconds, long elapsed) {
        return Proration.of(kind, Money.of(amount, EUR), START, START.plusSeconds(periodSeconds), START.plusSeconds(elapsed));
    }

    @Property
    void aWholePeriodProratesToTheFullAmountAndNoneOfItToZero(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long amount,
                                                             @ForAll @LongRange(min = 1, max = 63_072_000) long period) {
        assertThat(line(Kind.CHARGE, amount, period, 0).amount().minor()).isEqualTo(amount);
        assertThat(line(Kind.CREDIT, amount, period, 0).amount().minor()).isEqualTo(-amount);
        assertThat(line(Kind.CHARGE, amount, period, period).amount().minor()).isZero();
    }

    @Property
    void creditForUnusedPlusChargeForNewNeverExceedsAFullPeriodOfTheNewPlan(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long oldAmount,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long newAmount,
            @ForAll @LongRange(min = 1, max = 63_072_000) long period, @ForAll @LongRange(min = 0, max = 63_072_000) long at) {
        long elapsed = at % (period + 1);
        long credit = line(Kind.CREDIT, oldAmount, period, elapsed).amount().minor();
        long charge = line(Kind.CHARGE, newAmount, period, elapsed).amount().minor();
        assertThat(credit).isBetween(-oldAmount, 0L);
        assertThat(charge).isBetween(0L, newAmount);
        assertThat(credit + charge).isLessThanOrEqualTo(newAmount);
    }

    @Property
    void theRoundedAmountIsWithinHalfAMinorUnitOfTheExactOne(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long amount,
                                                            @ForAll @LongRange(min = 1, max = 63_072_000) long period,
                                                            @ForAll @LongRange(min = 0, max = 63_072_000) long at) {
        long elapsed = at % (period + 1);
        var l = line(Kind.CHARGE, amount, period, elapsed);
        BigDecimal exact = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(period - elapsed))
                .divide(BigDecimal.valueOf(period), 20, java.math.RoundingMode.HALF_EVEN);
        assertThat(exact.subtract(BigDecimal.valueOf(l.amount().minor())).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
        assertThat(l.trace().roundedMinor()).isEqualTo(l.amount().minor());
        assertThat(l.trace().unusedSeconds() + elapsed).isEqualTo(period);
    }

    @Property
    void changingLaterNeverChargesMore(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long amount,
                                       @ForAll @LongRange(min = 1, max = 63_072_000) long period,
                                       @ForAll @LongRange(min = 0, max = 63_072_000) long a, @ForAll @LongRange(min = 0, max = 63_072_000) long b) {
        long early = Math.min(a, b) % (period + 1);
        long late = Math.max(early, Math.max(a, b) % (period + 1));
        assertThat(line(Kind.CHARGE, amount, period, late).amount().minor())
                .isLessThanOrEqualTo(line(Kind.CHARGE, amount, period, early).amount().minor());
    }
}
