package io.enis.scorecard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparklineTest {
    @Test
    void oneDecimalIsWhatTheFormatterWrites() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> random.nextDouble() * 300;
                case 1 -> Math.round(random.nextDouble() * 3000) / 10.0 + 0.05; // halves: the rounding edge
                case 2 -> (random.nextInt(6000) - 1000) / 20.0;
                default -> random.nextGaussian() * 1e-3;
            };
            assertThat(Sparkline.oneDecimal(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.1f", d));
        }
        for (double d : new double[] {
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            2.675,
            76.0,
            1e-5,
            9_999_999.95,
            1e7,
            1e300,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.MIN_VALUE
        }) {
            assertThat(Sparkline.oneDecimal(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.1f", d));
        }
    }
}
