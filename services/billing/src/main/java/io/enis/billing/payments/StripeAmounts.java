package io.enis.billing.payments;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Billing's amounts (integer minor units with the ISO 4217 exponent, {@link Currency}) as Stripe's
 * {@code amount}, and back. Stripe expects "the currency's smallest unit", which is the ISO minor
 * unit for most currencies, with these exceptions (Stripe's "Supported currencies" page, special
 * cases):
 * <ul>
 *   <li><b>ISK</b>: ISO exponent 0, but Stripe keeps it two-decimal in its API and requires amounts
 *       divisible by 100 — billing's whole krónur are multiplied by 100;</li>
 *   <li><b>BHD, JOD, KWD, OMR, TND</b>: three decimals in both, but Stripe requires the last digit to
 *       be 0 — an amount that is not a multiple of 10 is refused (never rounded: the invoice's total is
 *       what is owed);</li>
 *   <li><b>CLF, UYI, UYW</b>: not supported by Stripe — refused.</li>
 * </ul>
 * Every other currency of billing's table has the same exponent at Stripe (Stripe's zero-decimal
 * currencies are exactly billing's exponent-0 ones apart from ISK); a currency Stripe does not offer
 * for the account is refused by Stripe itself ({@code stripe-refused}). Refusals are 422 {@code stripe-amount-unsupported} naming {@code currency} or {@code amount} with
 * what is allowed; they happen before any call to Stripe, so no money moves.
 */
public final class StripeAmounts {
    /** The problem type of a refusal, documented in docs/api/problems.md. */
    public static final String SLUG = "stripe-amount-unsupported";

    private static final Set<String> UNSUPPORTED = Set.of("CLF", "UYI", "UYW");
    private static final Set<String> LAST_DIGIT_ZERO = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeAmounts() {}

    /**
     * Stripe's exponent for a currency billing supports: 2 for ISK, the ISO exponent otherwise.
     *
     * @throws UnprocessableException {@value #SLUG} on {@code currency} for a currency Stripe does not support
     */
    static int stripeExponent(Currency currency) {
        requireSupported(currency);
        return currency.code().equals("ISK") ? 2 : currency.exponent();
    }

    /**
     * @throws UnprocessableException {@value #SLUG} on {@code currency} when Stripe cannot charge in it
     */
    public static void requireSupported(Currency currency) {
        if (UNSUPPORTED.contains(currency.code())) {
            throw new UnprocessableException(
                    SLUG,
                    "Amount not supported by Stripe",
                    "Stripe does not support " + currency.code() + "; collect it with PAYMENT_PROVIDER=offline",
                    List.of(new Violation(
                            "currency",
                            currency.code() + " is not supported by Stripe; allowed: a currency other than "
                                    + String.join(
                                            ", ", UNSUPPORTED.stream().sorted().toList()))));
        }
    }

    /**
     * Stripe's {@code amount} for {@code amount}: ISK × 100, the minor units otherwise.
     *
     * @throws UnprocessableException {@value #SLUG} on {@code currency} (Stripe does not support it) or
     *                                {@code amount} (not representable: a three-decimal amount whose last
     *                                digit is not 0, or beyond the {@code long} range)
     */
    public static long toStripe(Money amount) {
        Currency c = amount.currency();
        int shift = stripeExponent(c) - c.exponent();
        long minor = amount.minor();
        if (LAST_DIGIT_ZERO.contains(c.code()) && minor % 10 != 0) {
            throw unrepresentable(
                    amount,
                    "a multiple of 10 minor units (Stripe requires the last digit of " + c.code()
                            + " amounts to be 0)");
        }
        if (shift > 0) {
            try {
                return Math.multiplyExact(minor, pow10(shift));
            } catch (ArithmeticException overflow) {
                throw unrepresentable(amount, "at most " + Long.MAX_VALUE / pow10(shift) + " minor units");
            }
        }
        return minor;
    }

    /**
     * Billing's amount for Stripe's {@code amount} in {@code currency} (lower or upper case), the inverse
     * of {@link #toStripe}: ISK ÷ 100 (refused unless divisible).
     *
     * @throws UnprocessableException {@value #SLUG} on {@code currency} or {@code amount} as {@link #toStripe}
     */
    public static Money fromStripe(long stripeAmount, String currency) {
        Currency c = Currency.of(currency.toUpperCase(Locale.ROOT));
        int shift = stripeExponent(c) - c.exponent();
        if (shift > 0 && stripeAmount % pow10(shift) != 0) {
            throw unrepresentable(
                    Money.of(stripeAmount, c), "Stripe amounts in " + c.code() + " divisible by " + pow10(shift));
        }
        return Money.of(shift > 0 ? stripeAmount / pow10(shift) : stripeAmount, c);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static UnprocessableException unrepresentable(Money amount, String allowed) {
        return new UnprocessableException(
                SLUG,
                "Amount not supported by Stripe",
                amount.minor() + " " + amount.currency().code() + " minor units cannot be sent to Stripe; allowed: "
                        + allowed,
                List.of(new Violation(
                        "amount", amount.minor() + " is not representable at Stripe; allowed: " + allowed)));
    }
}
