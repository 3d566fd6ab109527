package io.enis.billing.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MoneyProperties {
    static final Currency EUR = Currency.of("EUR");

    /** a + b - b == a whenever a + b fits; otherwise the addition is refused. */
    @Property
    void additionNeverLosesUnits(@ForAll long a, @ForAll long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        if (exact.bitLength() < 64) {
            Money sum = Money.of(a, EUR).add(Money.of(b, EUR));
            assertThat(BigInteger.valueOf(sum.minor())).isEqualTo(exact);
            assertThat(sum.subtract(Money.of(b, EUR))).isEqualTo(Money.of(a, EUR));
        } else {
            assertThatThrownBy(() -> Money.of(a, EUR).add(Money.of(b, EUR))).isInstanceOf(MoneyOverflowException.class);
        }
    }

    /** Multiplication is exact or refused, never wrapped. */
    @Property
    void multiplicationIsExactOrRefused(@ForAll long a, @ForAll long factor) {
        BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(factor));
        if (exact.bitLength() < 64) {
            assertThat(BigInteger.valueOf(Money.of(a, EUR).multiply(factor).minor()))
                    .isEqualTo(exact);
        } else {
            assertThatThrownBy(() -> Money.of(a, EUR).multiply(factor)).isInstanceOf(MoneyOverflowException.class);
        }
    }

    /** Formatting then parsing gives the same amount back, in every supported currency's exponent. */
    @Property
    void formatThenParseIsIdentity(@ForAll long minor) {
        for (String code : new String[] {"JPY", "EUR", "KWD", "CLF"}) {
            Money m = Money.of(minor, Currency.of(code));
            assertThat(MoneyFormat.parse("amount", MoneyFormat.format(m), m.currency(), MoneyFormat.Sign.ANY))
                    .isEqualTo(m);
        }
    }
}
