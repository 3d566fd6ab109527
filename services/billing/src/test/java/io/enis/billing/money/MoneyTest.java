package io.enis.billing.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    static final Currency EUR = Currency.of("EUR");
    static final Currency USD = Currency.of("USD");

    @Test
    void arithmeticIsExact() {
        assertThat(Money.of(1234, EUR).add(Money.of(66, EUR))).isEqualTo(Money.of(1300, EUR));
        assertThat(Money.of(100, EUR).subtract(Money.of(250, EUR))).isEqualTo(Money.of(-150, EUR));
        assertThat(Money.of(1999, EUR).multiply(3)).isEqualTo(Money.of(5997, EUR));
        assertThat(Money.of(5, EUR).negate()).isEqualTo(Money.of(-5, EUR));
        assertThat(Money.of(1234, EUR).toMajor()).isEqualByComparingTo("12.34");
        assertThat(Money.of(1234, EUR)).hasToString("12.34 EUR");
    }

    @Test
    void overflowIsAnErrorNotAWrap() {
        Money max = Money.of(Long.MAX_VALUE, EUR);
        assertThatThrownBy(() -> max.add(Money.of(1, EUR)))
                .isInstanceOf(MoneyOverflowException.class)
                .hasMessageContaining("overflows the range of minor units");
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, EUR).subtract(Money.of(1, EUR)))
                .isInstanceOf(MoneyOverflowException.class);
        assertThatThrownBy(() -> max.multiply(2)).isInstanceOf(MoneyOverflowException.class);
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, EUR).negate()).isInstanceOf(MoneyOverflowException.class);
    }

    @Test
    void mixingCurrenciesIsAnError() {
        assertThatThrownBy(() -> Money.of(1, EUR).add(Money.of(1, USD)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("currency: cannot combine 0.01 EUR + 0.01 USD; amounts must share one currency");
        assertThatThrownBy(() -> Money.of(1, EUR).subtract(Money.of(1, USD))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void roundingIsHalfEven() {
        assertThat(Rounding.toMoney(new BigDecimal("0.5"), EUR).minor()).isZero();
        assertThat(Rounding.toMoney(new BigDecimal("1.5"), EUR).minor()).isEqualTo(2);
        assertThat(Rounding.toMoney(new BigDecimal("2.5"), EUR).minor()).isEqualTo(2);
        assertThat(Rounding.toMoney(new BigDecimal("2.5000001"), EUR).minor()).isEqualTo(3);
        assertThat(Rounding.toMoney(new BigDecimal("-2.5"), EUR).minor()).isEqualTo(-2);
        assertThatThrownBy(() -> Rounding.toMoney(new BigDecimal("1e19"), EUR))
                .isInstanceOf(MoneyOverflowException.class);
    }
}
