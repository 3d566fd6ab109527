package io.enis.billing.money;

import static io.enis.billing.money.MoneyFormat.Sign.ANY;
import static io.enis.billing.money.MoneyFormat.Sign.NON_NEGATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {
    static final Currency EUR = Currency.of("EUR");
    static final Currency JPY = Currency.of("JPY");
    static final Currency KWD = Currency.of("KWD");
    static final Currency CLF = Currency.of("CLF");

    @Test
    void parsesMajorUnitsIntoMinorUnits() {
        assertThat(MoneyFormat.parse("amount", "12.34", EUR, NON_NEGATIVE).minor())
                .isEqualTo(1234);
        assertThat(MoneyFormat.parse("amount", "12.3", EUR, NON_NEGATIVE).minor())
                .isEqualTo(1230);
        assertThat(MoneyFormat.parse("amount", "12", EUR, NON_NEGATIVE).minor()).isEqualTo(1200);
        assertThat(MoneyFormat.parse("amount", "1234", JPY, NON_NEGATIVE).minor())
                .isEqualTo(1234);
        assertThat(MoneyFormat.parse("amount", "1.234", KWD, NON_NEGATIVE).minor())
                .isEqualTo(1234);
        assertThat(MoneyFormat.parse("amount", "0.0001", CLF, NON_NEGATIVE).minor())
                .isEqualTo(1);
        assertThat(MoneyFormat.parse("amount", "-0.50", EUR, ANY).minor()).isEqualTo(-50);
    }

    @Test
    void formatsWithTheCurrencysExponent() {
        assertThat(MoneyFormat.format(Money.of(1234, EUR))).isEqualTo("12.34");
        assertThat(MoneyFormat.format(Money.of(5, EUR))).isEqualTo("0.05");
        assertThat(MoneyFormat.format(Money.of(-5, EUR))).isEqualTo("-0.05");
        assertThat(MoneyFormat.format(Money.of(1234, JPY))).isEqualTo("1234");
        assertThat(MoneyFormat.format(Money.of(5, KWD))).isEqualTo("0.005");
        assertThat(MoneyFormat.format(Money.of(1, CLF))).isEqualTo("0.0001");
    }

    @Test
    void tooManyDecimalsIsRefusedNotRounded() {
        assertThatThrownBy(() -> MoneyFormat.parse("unit_amount", "12.345", EUR, NON_NEGATIVE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unit_amount: '12.345' has 3 decimals; EUR allows at most 2");
        assertThatThrownBy(() -> MoneyFormat.parse("unit_amount", "12.5", JPY, NON_NEGATIVE))
                .hasMessage("unit_amount: '12.5' has 1 decimals; JPY allows at most 0");
        assertThatThrownBy(() -> MoneyFormat.parse("unit_amount", "1.2340", KWD, NON_NEGATIVE))
                .hasMessageContaining("KWD allows at most 3");
    }

    @Test
    void negativeOnlyWhereAllowed() {
        assertThatThrownBy(() -> MoneyFormat.parse("amount", "-1.00", EUR, NON_NEGATIVE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("amount: '-1.00' is negative; allowed: zero or more");
    }

    @Test
    void malformedAndOverflowingAreRefusedNamingTheField() {
        for (String bad : new String[] {"+1", "1e3", "1,000", " 1", "1.", ".5", "abc", "--1", "1.2.3"}) {
            assertThatThrownBy(() -> MoneyFormat.parse("amount", bad, EUR, ANY))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("amount: '" + bad + "' is not a decimal amount");
        }
        assertThatThrownBy(() -> MoneyFormat.parse("amount", null, EUR, ANY))
                .hasMessageStartingWith("amount: is required");
        assertThatThrownBy(() -> MoneyFormat.parse("amount", "92233720368547758.08", EUR, ANY))
                .hasMessageStartingWith("amount: '92233720368547758.08' is too large");
        assertThat(MoneyFormat.parse("amount", "92233720368547758.07", EUR, ANY).minor())
                .isEqualTo(Long.MAX_VALUE);
    }
}
