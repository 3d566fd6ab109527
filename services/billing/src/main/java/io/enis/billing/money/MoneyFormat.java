package io.enis.billing.money;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimal amounts in major units, as people and APIs write them, to and from {@link Money}.
 *
 * <p>Grammar accepted by {@link #parse}: an optional {@code -} (only with {@link Sign#ANY}), one or
 * more digits, then optionally {@code .} and one or more digits — at most the currency's exponent
 * of them ({@code "12.34"} EUR → 1234; {@code "12.340"} EUR is refused, not rounded;
 * {@code "12.5"} JPY is refused). No {@code +}, no exponent ({@code 1e3}), no grouping
 * ({@code 1,000}), no surrounding spaces. Trailing zeros within the exponent are fine
 * ({@code "12.30"}).
 *
 * <p>{@link #format} writes exactly the currency's exponent of decimals ({@code 1234} EUR →
 * {@code "12.34"}, {@code 5} KWD → {@code "0.005"}, {@code 1234} JPY → {@code "1234"}), so
 * {@code parse(format(m)) == m}.
 */
public final class MoneyFormat {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** Whether a field may hold a negative amount. */
    public enum Sign {
        /** zero or more: prices, payments, usage charges */
        NON_NEGATIVE,
        /** any sign: adjustments, balances */
        ANY
    }

    private MoneyFormat() {}

    /**
     * @param field    the field's name, used in errors
     * @param text     the decimal in major units
     * @param currency decides how many decimals are allowed
     * @throws InvalidInputException on {@code field} for a missing, malformed, negative (with
     *                               {@link Sign#NON_NEGATIVE}), too precise or overflowing amount
     */
    public static Money parse(String field, String text, Currency currency, Sign sign) {
        if (text == null || text.isEmpty()) {
            throw InvalidInputException.field(field, "is required; a decimal amount in major units like \"12.34\"");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw InvalidInputException.field(
                    field,
                    "'" + text + "' is not a decimal amount; allowed: digits with an "
                            + "optional '.' and up to " + currency.exponent() + " decimals for " + currency.code()
                            + (sign == Sign.ANY ? ", optionally preceded by '-'" : "")
                            + " (no '+', exponent, grouping or spaces)");
        }
        if (text.startsWith("-") && sign == Sign.NON_NEGATIVE) {
            throw InvalidInputException.field(field, "'" + text + "' is negative; allowed: zero or more");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > currency.exponent()) {
            throw InvalidInputException.field(
                    field,
                    "'" + text + "' has " + value.scale() + " decimals; " + currency.code() + " allows at most "
                            + currency.exponent());
        }
        try {
            return Money.of(value.movePointRight(currency.exponent()).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw InvalidInputException.field(
                    field,
                    "'" + text + "' is too large; allowed: at most "
                            + BigDecimal.valueOf(Long.MAX_VALUE, currency.exponent())
                                    .toPlainString() + " " + currency.code());
        }
    }

    /** Major units with exactly the currency's exponent of decimals, no grouping, no code. */
    public static String format(Money money) {
        return money.toMajor().toPlainString();
    }
}
