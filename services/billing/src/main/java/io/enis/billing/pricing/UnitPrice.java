package io.enis.billing.pricing;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * A price per unit in <em>minor units</em> of the plan's currency, possibly fractional: {@code 0.05}
 * EUR cents per API call, {@code 1250} cents per seat. Rules: zero or more, at most
 * {@value #MAX_SCALE} decimal places of a minor unit, less than 10<sup>{@value Ceilings#UNIT_PRICE_DIGITS}</sup>
 * minor units ({@link Ceilings}) (Stripe's {@code unit_amount_decimal} allows the
 * same). Kept canonical like {@link Quantity}. A quantity × unit price is exact (at most
 * {@value Quantity#MAX_SCALE} + {@value #MAX_SCALE} decimals) and is rounded only once per line.
 */
public record UnitPrice(BigDecimal minor) {
    /** The most decimal places of a minor unit a unit price may have. */
    public static final int MAX_SCALE = 12;

    /** What a unit price is, in messages. */
    static final String REQUIRED = "a unit price in minor units";

    /** Use {@link #of(String, BigDecimal)} to name the field in errors; this checks with field {@code unit_price}. */
    public UnitPrice {
        minor = canonical("unit_price", minor);
    }

    /** @throws InvalidInputException on {@code field} when null, negative or finer than {@value #MAX_SCALE} decimals */
    public static UnitPrice of(String field, BigDecimal minor) {
        return new UnitPrice(canonical(field, minor));
    }

    /** @see #of(String, BigDecimal) */
    public static UnitPrice of(String field, String minor) {
        try {
            return of(field, minor == null ? null : new BigDecimal(minor));
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(
                    field, "'" + minor + "' is not a number; allowed: " + REQUIRED + ", zero or more");
        }
    }

    private static BigDecimal canonical(String field, BigDecimal minor) {
        return Decimals.nonNegative(field, minor, MAX_SCALE, Ceilings.UNIT_PRICE_DIGITS, REQUIRED);
    }

    /** The exact amount in minor units for a quantity: quantity × this price, unrounded. */
    public BigDecimal times(BigDecimal quantity) {
        return quantity.multiply(minor);
    }

    @Override
    public String toString() {
        return minor.toPlainString();
    }
}
