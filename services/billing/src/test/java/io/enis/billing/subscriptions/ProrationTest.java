package io.enis.billing.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProrationTest {
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void twentyOneOfTwentyEightDaysOfThirtyEurosIsTwentyTwoFifty() {
        var charge = Proration.of(Proration.Kind.CHARGE, Money.of(3000, Currency.of("EUR")), FEB, MAR, Instant.parse("2026-02-08T00:00:00Z"));
        assertThat(charge.amount().minor()).isEqualTo(2250);
        assertThat(charge.trace().inputs()).containsEntry("unused_seconds", "1814400").containsEntry("period_seconds", "2419200")
                .containsEntry("amount", "3000").containsEntry("currency", "EUR");
        assertThat(charge.trace().formula()).isEqualTo("amount × unused_seconds / period_seconds");
        assertThat(charge.trace().exactMinor()).isEqualTo("2250");
    }

    @Test
    void theExactRationalIsRoundedHalfEvenOnceAndCreditsAreNegative() {
        // 1 cent over 2 s, 1 s unused: exactly 0.5 → 0 (half-even); 3 cents: 1.5 → 2
        Instant end = FEB.plusSeconds(2);
        assertThat(Proration.of(Proration.Kind.CHARGE, Money.of(1, Currency.of("EUR")), FEB, end, FEB.plusSeconds(1)).amount().minor()).isZero();
        var credit = Proration.of(Proration.Kind.CREDIT, Money.of(3, Currency.of("EUR")), FEB, end, FEB.plusSeconds(1));
        assertThat(credit.amount().minor()).isEqualTo(-2);
        assertThat(credit.trace().exactMinor()).isEqualTo("-1.5");
        // 100 JPY over 3 s, 1 s unused: 33.333… → 33; the exact is shown to 12 decimals
        var yen = Proration.of(Proration.Kind.CHARGE, Money.of(100, Currency.of("JPY")), FEB, FEB.plusSeconds(3), FEB.plusSeconds(2));
        assertThat(yen.amount().minor()).isEqualTo(33);
        assertThat(yen.trace().exactMinor()).isEqualTo("33.333333333333");
    }

    @Test
    void instantsOutOfOrderAreADefect() {
        assertThatThrownBy(() -> Proration.of(Proration.Kind.CHARGE, Money.of(1, Currency.of("EUR")), FEB, MAR, MAR.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
