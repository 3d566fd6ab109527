package io.enis.billing.subscriptions;

import com.fasterxml.jackson.annotation.JsonValue;
import io.enis.billing.money.Money;
import io.enis.billing.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The proration rule, to the second: the part of a period's fee for the time from {@code from} to
 * the period's end is
 * <pre>  amount × unused_seconds / period_seconds,  unused_seconds = end − from,  period_seconds = end − start</pre>
 * rounded half-even to whole minor units once (the exact rational is rounded, not a decimal
 * approximation of it). A <em>credit</em> gives back the unused time of the fee paid in advance (negative);
 * a <em>charge</em> bills the unused time at the new fee. So a whole period prorates to the full amount,
 * none of it to zero, and a credit never exceeds what the period cost.
 */
public final class Proration {
    /** Which side of a change a line is. */
    public enum Kind {
        CREDIT, CHARGE;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String FORMULA = "amount × unused_seconds / period_seconds";

    private Proration() {
    }

    /**
     * @param amount the fee of the whole period, zero or more
     * @param start  the period's start (inclusive)
     * @param end    the period's end (exclusive), after {@code start}
     * @param from   the instant of the change, within {@code [start, end]}; fractions of a second are dropped
     * @throws IllegalArgumentException when the instants are out of order or the amount is negative
     */
    public static Line of(Kind kind, Money amount, Instant start, Instant end, Instant from) {
        long period = Duration.between(start, end).toSeconds();
        long unused = Duration.between(from, end).toSeconds();
        if (period <= 0 || unused < 0 || unused > period || amount.isNegative()) {
            throw new IllegalArgumentException("proration needs start < end, from within them and an amount zero or more: "
                    + start + " " + end + " " + from + " " + amount);
        }
        BigDecimal numerator = BigDecimal.valueOf(amount.minor()).multiply(BigDecimal.valueOf(unused));
        BigDecimal divisor = BigDecimal.valueOf(period);
        long rounded = numerator.divide(divisor, 0, Rounding.MODE).longValueExact();
        BigDecimal exact = numerator.divide(divisor, 12, RoundingMode.HALF_EVEN).stripTrailingZeros();
        long signed = kind == Kind.CREDIT ? -rounded : rounded;
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("amount", Long.toString(amount.minor()));
        inputs.put("currency", amount.currency().code());
        inputs.put("unused_seconds", Long.toString(unused));
        inputs.put("period_seconds", Long.toString(period));
        var trace = new ProrationTrace(FORMULA, inputs, start, end, from, unused, period,
                (kind == Kind.CREDIT ? exact.negate() : exact).toPlainString(), signed, Rounding.RULE + "; exact shown to 12 decimals");
        return new Line(kind, Money.of(signed, amount.currency()), trace);
    }

    /** One prorated line: a credit (negative) or a charge, with how it was computed. */
    public record Line(Kind kind, Money amount, ProrationTrace trace) {
    }
}
