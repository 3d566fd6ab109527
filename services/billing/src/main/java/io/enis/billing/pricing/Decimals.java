package io.enis.billing.pricing;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;

/** The one rule for non-negative decimals ({@link Quantity}, {@link UnitPrice}, tier bounds). */
final class Decimals {
    private Decimals() {}

    /**
     * @param what     what the value is, for messages ("a quantity", "a unit price in minor units")
     * @param maxScale the most decimal places allowed
     * @param maxDigits the most digits before the decimal point (checked before the value is expanded)
     * @return the value with trailing zeros stripped and never a negative scale ({@code 2.50} → {@code 2.5},
     *         {@code 1E+3} → {@code 1000})
     * @throws InvalidInputException on {@code field} when null, negative, finer than {@code maxScale} or
     *                               with more than {@code maxDigits} digits before the decimal point
     */
    static BigDecimal nonNegative(String field, BigDecimal value, int maxScale, int maxDigits, String what) {
        if (value == null) {
            throw InvalidInputException.field(
                    field, "is required; allowed: " + what + ", zero or more, at most " + maxScale + " decimals");
        }
        if (value.signum() < 0) {
            throw InvalidInputException.field(
                    field, value.toPlainString() + " is negative; allowed: " + what + ", zero or more");
        }
        // precision - scale is the count of digits before the point, known without expanding 1E+999999999
        long digits = (long) value.precision() - value.scale();
        if (digits > maxDigits) {
            throw InvalidInputException.field(
                    field,
                    "is too large (" + digits + " digits before the decimal point); allowed: " + what + " less than 1e"
                            + maxDigits);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > maxScale) {
            throw InvalidInputException.field(
                    field,
                    value.toPlainString() + " has " + stripped.scale() + " decimals; allowed: " + what
                            + " with at most " + maxScale);
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
