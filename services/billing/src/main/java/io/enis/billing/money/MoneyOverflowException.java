package io.enis.billing.money;

/**
 * An amount outside the {@code long} range of minor units (about ±9.2 × 10<sup>18</sup>): the
 * operation is refused rather than wrapped. Names the operation and its operands.
 */
public final class MoneyOverflowException extends ArithmeticException {
    public MoneyOverflowException(String operation) {
        super(operation + " overflows the range of minor units (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")");
    }
}
