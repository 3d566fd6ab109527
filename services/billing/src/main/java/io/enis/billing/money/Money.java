package io.enis.billing.money;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount: a {@code long} count of the currency's minor units ({@code 1234} EUR cents is
 * 12.34 EUR; {@code 1234} JPY is ¥1,234; {@code 1234} KWD fils is 1.234 KWD). Never floating point.
 *
 * <p>Arithmetic is exact or refused: {@link #add}, {@link #subtract}, {@link #multiply} and
 * {@link #negate} use {@code Math.*Exact} and throw {@link MoneyOverflowException} instead of
 * wrapping; mixing currencies throws {@link InvalidInputException} on field {@code currency}.
 * Amounts may be negative (credits, refunds); whether a given field allows it is the caller's rule
 * (see {@link MoneyFormat#parse}). Fractional results (unit prices × quantities) are computed in
 * {@link BigDecimal} and brought back to minor units once per line by {@link Rounding}.
 */
public record Money(long minor, Currency currency) {
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** @throws InvalidInputException on {@code currency} when the currencies differ */
    public Money add(Money other) {
        requireSameCurrency(other, "+");
        try {
            return new Money(Math.addExact(minor, other.minor), currency);
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException(this + " + " + other);
        }
    }

    /** @throws InvalidInputException on {@code currency} when the currencies differ */
    public Money subtract(Money other) {
        requireSameCurrency(other, "-");
        try {
            return new Money(Math.subtractExact(minor, other.minor), currency);
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException(this + " - " + other);
        }
    }

    /** This amount times a whole factor (a count of periods, seats, packages). */
    public Money multiply(long factor) {
        try {
            return new Money(Math.multiplyExact(minor, factor), currency);
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException(this + " × " + factor);
        }
    }

    public Money negate() {
        try {
            return new Money(Math.negateExact(minor), currency);
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException("-(" + this + ")");
        }
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    /** The amount in major units, exact ({@code 1234} EUR → {@code 12.34}). */
    public BigDecimal toMajor() {
        return BigDecimal.valueOf(minor, currency.exponent());
    }

    private void requireSameCurrency(Money other, String op) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw InvalidInputException.field(
                    "currency",
                    "cannot combine " + this + " " + op + " " + other + "; amounts must share one currency");
        }
    }

    /** {@code 12.34 EUR}: major units with the currency's exponent, then the code. */
    @Override
    public String toString() {
        return MoneyFormat.format(this) + " " + currency.code();
    }
}
