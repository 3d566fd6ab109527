package io.enis.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.domain.UnprocessableException;
import org.junit.jupiter.api.Test;

/** Billing's minor units to Stripe's {@code amount} and back, for Stripe's special currencies. */
class StripeAmountsTest {
    private static Money of(long minor, String code) {
        return Money.of(minor, Currency.of(code));
    }

    private static String field(Throwable e) {
        return ((UnprocessableException) e).violations().get(0).field();
    }

    @Test
    void mostCurrenciesAreTheirMinorUnitsAndIskIsTwoDecimalAtStripe() {
        assertThat(StripeAmounts.toStripe(of(1210, "EUR"))).isEqualTo(1210);
        assertThat(StripeAmounts.toStripe(of(500, "JPY"))).isEqualTo(500);
        assertThat(StripeAmounts.toStripe(of(12345, "HUF"))).isEqualTo(12345);
        assertThat(StripeAmounts.toStripe(of(5, "ISK")))
                .as("5 ISK is 500 at Stripe")
                .isEqualTo(500);
        assertThat(StripeAmounts.toStripe(of(5120, "KWD"))).isEqualTo(5120);
        assertThat(StripeAmounts.fromStripe(500, "isk")).isEqualTo(of(5, "ISK"));
        assertThat(StripeAmounts.fromStripe(5120, "kwd")).isEqualTo(of(5120, "KWD"));
        assertThat(StripeAmounts.fromStripe(1210, "EUR")).isEqualTo(of(1210, "EUR"));
        for (long minor : new long[] {0, 1, 7, 99, 1_000_000}) {
            for (String code : new String[] {"EUR", "JPY", "ISK", "USD"}) {
                Money m = of(minor, code);
                assertThat(StripeAmounts.fromStripe(StripeAmounts.toStripe(m), code))
                        .isEqualTo(m);
            }
        }
    }

    @Test
    void whatStripeCannotRepresentIsRefusedNamingTheField() {
        for (String code : new String[] {"BHD", "JOD", "KWD", "OMR", "TND"}) {
            assertThatThrownBy(() -> StripeAmounts.toStripe(of(5124, code)))
                    .isInstanceOf(UnprocessableException.class)
                    .hasMessageContaining("multiple of 10")
                    .satisfies(e -> assertThat(field(e)).isEqualTo("amount"));
        }
        for (String code : new String[] {"CLF", "UYI", "UYW"}) {
            assertThatThrownBy(() -> StripeAmounts.toStripe(of(100, code)))
                    .isInstanceOf(UnprocessableException.class)
                    .hasMessageContaining("does not support " + code)
                    .satisfies(e -> assertThat(field(e)).isEqualTo("currency"));
        }
        assertThatThrownBy(() -> StripeAmounts.toStripe(of(Long.MAX_VALUE / 10, "ISK")))
                .isInstanceOf(UnprocessableException.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("amount"));
        assertThatThrownBy(() -> StripeAmounts.fromStripe(550, "isk"))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("divisible by 100");
    }
}
