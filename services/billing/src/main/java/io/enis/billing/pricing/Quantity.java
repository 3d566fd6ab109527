package io.enis.billing.pricing;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * How much of something is billed: seats, packages' worth of units, or metered usage (GB-hours,
 * API calls). A {@link BigDecimal} rather than a {@code long} because metered aggregates (SUM of a
 * decimal property, MAX of a gauge) are fractional; whole counts are simply scale 0.
 *
 * <p>Rules: zero or more, at most {@value #MAX_SCALE} decimal places. The value is kept in a
 * canonical form (trailing zeros stripped, never a negative scale) so {@code 2.50} and {@code 2.5}
 * are equal and print alike in traces.
 */
public record Quantity(BigDecimal value) {
    /** The most decimal places a quantity may have. */
    public static final int MAX_SCALE = 6;

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

    /** Use {@link #of(String, BigDecimal)} to name the field in errors; this checks with field {@code quantity}. */
    public Quantity {
        value = canonical("quantity", value);
    }

    /** @throws InvalidInputException on {@code field} when null, negative or finer than {@value #MAX_SCALE} decimals */
    public static Quantity of(String field, BigDecimal value) {
        return new Quantity(canonical(field, value));
    }

    /** @throws InvalidInputException on {@code quantity} when negative */
    public static Quantity of(long value) {
        return new Quantity(BigDecimal.valueOf(value));
    }

    /**
     * A metered usage value as a request gives it: the rules of {@link #of(String, BigDecimal)}, and less
     * than 10<sup>{@value Ceilings#QUANTITY_DIGITS}</sup> ({@link Ceilings}).
     *
     * @throws InvalidInputException on {@code field} when null, negative, too fine or too large
     */
    public static Quantity metered(String field, BigDecimal value) {
        return new Quantity(Decimals.nonNegative(field, value, MAX_SCALE, Ceilings.QUANTITY_DIGITS, "a quantity"));
    }

    static BigDecimal canonical(String field, BigDecimal value) {
        return Decimals.nonNegative(field, value, MAX_SCALE, Ceilings.ANY_DIGITS, "a quantity");
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
