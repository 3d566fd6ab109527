package io.enis.scorecard.trend;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers written for people: at most 4 significant digits, no exponent, no trailing zeros. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double d) {
        if (!Double.isFinite(d)) {
            return String.valueOf(d);
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(d).round(new MathContext(Math.abs(d) >= 1e4 ? 16 : 4)).stripTrailingZeros();
        if (Math.abs(d) >= 1e4) {
            b = b.setScale(0, java.math.RoundingMode.HALF_EVEN);
        }
        return b.toPlainString();
    }
}
