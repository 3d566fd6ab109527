package io.enis.scorecard.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearTrendTest {
    /**
     * x = 0..4, y = 2, 4, 5, 4, 5. By hand: x̄ = 2, ȳ = 4, Sxx = 10, Sxy = 6, so slope = 0.6 and
     * intercept = 4 - 0.6 * 2 = 2.8. Fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals -0.8, 0.6, 1.0, -0.6,
     * -0.2; SSE = 2.4, SST = 6, R² = 0.6, s² = 2.4 / 3 = 0.8. At x = 5: ŷ = 5.8,
     * sd = sqrt(0.8 (1 + 1/5 + 9/10)) = sqrt(1.68) = 1.296148, t(0.975; 3) = 3.182446 (table),
     * interval 5.8 ± 4.124910.
     */
    @Test
    void fitsAKnownSeriesWithItsPredictionInterval() {
        LinearTrend line = LinearTrend.fit(new double[] {0, 1, 2, 3, 4}, new double[] {2, 4, 5, 4, 5});
        assertThat(line.slope()).isCloseTo(0.6, within(1e-12));
        assertThat(line.intercept()).isCloseTo(2.8, within(1e-12));
        assertThat(line.rSquared()).isCloseTo(0.6, within(1e-12));
        assertThat(line.residualSd()).isCloseTo(Math.sqrt(0.8), within(1e-12));
        Band at5 = line.predict(5, 0.95);
        assertThat(at5.value()).isCloseTo(5.8, within(1e-12));
        assertThat(at5.sd()).isCloseTo(Math.sqrt(1.68), within(1e-12));
        assertThat(at5.upper() - at5.value()).isCloseTo(3.182446 * Math.sqrt(1.68), within(1e-5));
        assertThat(at5.lower()).isCloseTo(5.8 - 3.182446 * Math.sqrt(1.68), within(1e-5));
        // P(Y >= 5.8) is one half by symmetry
        assertThat(line.probabilityAtLeast(5, 5.8)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anExactLineHasNoSpreadAndTwoPointsAreTooFew() {
        LinearTrend line = LinearTrend.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        assertThat(line.predict(10, 0.95).value()).isCloseTo(21, within(1e-9));
        assertThat(line.predict(10, 0.95).sd()).isCloseTo(0, within(1e-9));
        assertThat(line.probabilityAtLeast(10, 20)).isEqualTo(1);
        assertThatThrownBy(() -> LinearTrend.fit(new double[] {0, 1}, new double[] {1, 2}))
                .isInstanceOf(InsufficientDataException.class).hasMessage("linear needs at least 3 points, the series has 2");
    }

    @Test
    void movingAveragesAndPeriodChange() {
        assertThat(MovingAverage.trailing(new double[] {1, 2, 3, 4, 5}, 3)).containsExactly(null, null, 2.0, 3.0, 4.0);
        PeriodChange c = PeriodChange.of(85, 100);
        assertThat(c.absolute()).isEqualTo(-15);
        assertThat(c.percent()).isCloseTo(-15, within(1e-12));
        assertThat(PeriodChange.of(-5, -10).percent()).as("against |previous|: -10 → -5 is up 50%").isCloseTo(50, within(1e-12));
        assertThat(PeriodChange.of(3, 0).percent()).isNull();
    }
}
