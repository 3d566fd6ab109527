package io.enis.billing.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of billing: an exact amount in minor units (a {@link BigDecimal}, for example
 * {@code 1234.5} cents from a fractional unit price) becomes whole minor units with
 * {@link RoundingMode#HALF_EVEN} (banker's rounding: 0.5 → 0, 1.5 → 2, 2.5 → 2, -0.5 → 0), applied
 * <em>once per line</em>: a line's exact amount is rounded, and totals add the rounded lines. So an
 * invoice's total always equals the sum of its lines, and with n lines the total differs from the
 * sum of the exact amounts by at most n/2 minor units (half-even keeps that error unbiased on
 * average). Intermediate results (tiers within one line) are never rounded.
 */
public final class Rounding {
    /** The mode, stated in every calculation trace. */
    public static final RoundingMode MODE = RoundingMode.HALF_EVEN;

    /** The trace's description of the rule. */
    public static final String RULE = "HALF_EVEN to whole minor units, once per line";

    private Rounding() {}

    /**
     * @param exactMinor an exact amount in minor units, any scale
     * @throws MoneyOverflowException when the rounded amount does not fit a {@code long}
     */
    public static Money toMoney(BigDecimal exactMinor, Currency currency) {
        BigDecimal rounded = exactMinor.setScale(0, MODE);
        try {
            return Money.of(rounded.longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException(
                    "rounding " + exactMinor.toPlainString() + " " + currency.code() + " minor units");
        }
    }
}
