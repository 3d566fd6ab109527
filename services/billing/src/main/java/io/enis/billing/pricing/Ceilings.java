package io.enis.billing.pricing;

import io.enis.billing.money.Money;
import io.enis.kit.domain.InvalidInputException;

/**
 * The upper bounds of what billing accepts as input, so that no single value can overflow an
 * invoice or cost the service CPU and memory to read:
 * <ul>
 *   <li>a metered usage value ({@link Quantity#metered}): less than 10<sup>{@value #QUANTITY_DIGITS}</sup>;</li>
 *   <li>a unit price ({@link UnitPrice}, tiers included): less than 10<sup>{@value #UNIT_PRICE_DIGITS}</sup>
 *       minor units;</li>
 *   <li>a whole amount of a price ({@link FlatPrice}'s {@code amount}, {@link PackagePrice}'s
 *       {@code package_price}): at most {@value #MAX_AMOUNT_MINOR} minor units.</li>
 * </ul>
 * The digits of a decimal are counted from its precision and scale before it is expanded, so
 * {@code "1e999999999"} is refused at once instead of being built as a billion-digit number. Sums of
 * accepted values can still exceed the {@code long} range of minor units: the rating refuses those
 * periods ({@code amount-overflow}) without stopping the invoice run.
 */
public final class Ceilings {
    /** Metered usage values have at most this many digits before the decimal point. */
    public static final int QUANTITY_DIGITS = 15;

    /** Unit prices (minor units) have at most this many digits before the decimal point. */
    public static final int UNIT_PRICE_DIGITS = 12;

    /** Any decimal billing reads: more digits than this is refused before anything else (CPU guard). */
    static final int ANY_DIGITS = 30;

    /** The largest whole amount a price may carry, in minor units (10<sup>15</sup> − 1). */
    public static final long MAX_AMOUNT_MINOR = 999_999_999_999_999L;

    private Ceilings() {}

    /** @throws InvalidInputException on {@code field} when {@code amount} exceeds {@link #MAX_AMOUNT_MINOR} */
    static void requireAmount(String field, Money amount) {
        if (amount.minor() > MAX_AMOUNT_MINOR) {
            throw InvalidInputException.field(
                    field, amount.minor() + " is too large; allowed: 0 to " + MAX_AMOUNT_MINOR + " minor units");
        }
    }
}
