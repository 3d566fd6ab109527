package io.enis.scorecard.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HoltWintersTest {
    /**
     * y = 1, 3, 2, 4, 3, 5; m = 2; α = β = γ = 0.5. Worked by hand, step by step as in a spreadsheet:
     * <pre>
     * init  L1 = (1+3)/2 = 2      b1 = ((2+4)/2 - 2)/2 = 0.5   s0 = -1, s1 = 1
     * t=2   e = 2 - (2 + 0.5 - 1) = 0.5
     *       L2 = .5(2+1) + .5(2.5) = 2.75          b2 = .5(0.75) + .5(0.5) = 0.625     s2 = .5(2-2.75) + .5(-1) = -0.875
     * t=3   e = 4 - (2.75 + .625 + 1) = -0.375
     *       L3 = .5(4-1) + .5(3.375) = 3.1875      b3 = .5(0.4375) + .5(.625) = 0.53125 s3 = .5(0.8125) + .5(1) = 0.90625
     * t=4   e = 3 - (3.1875 + .53125 - .875) = 0.15625
     *       L4 = .5(3.875) + .5(3.71875) = 3.796875 b4 = 0.5703125                       s4 = -0.8359375
     * t=5   e = 5 - (3.796875 + .5703125 + .90625) = -0.2734375
     *       L5 = 4.23046875                         b5 = 0.501953125                     s5 = 0.837890625
     * ŷ(+1) = L5 + b5 + s4 = 3.896484375;  ŷ(+2) = L5 + 2 b5 + s5 = 6.072265625
     * σ² = (0.25 + 0.140625 + 0.0244140625 + 0.07476806640625) / 4 = 0.1224517822265625
     * var(+2) = σ² (1 + (α(1+β))²) = σ² · 1.5625;  var(+3) = σ² (1 + 0.5625 + (α(1+2β) + γ)²) = σ² · 3.8125
     * </pre>
     */
    @Test
    void matchesAHandWorkedSeries() {
        HoltWinters hw = HoltWinters.fit(new double[] {1, 3, 2, 4, 3, 5}, 2, 0.5, 0.5, 0.5);
        assertThat(hw.sigma2()).isCloseTo(0.1224517822265625, within(1e-15));
        List<Band> f = hw.forecast(3, 1.96);
        assertThat(f.get(0).value()).isCloseTo(3.896484375, within(1e-12));
        assertThat(f.get(1).value()).isCloseTo(6.072265625, within(1e-12));
        assertThat(f.get(0).sd()).isCloseTo(Math.sqrt(0.1224517822265625), within(1e-12));
        assertThat(f.get(1).sd()).isCloseTo(Math.sqrt(0.1224517822265625 * 1.5625), within(1e-12));
        assertThat(f.get(2).sd()).isCloseTo(Math.sqrt(0.1224517822265625 * 3.8125), within(1e-12));
        assertThat(f.get(1).upper() - f.get(1).value()).isCloseTo(1.96 * f.get(1).sd(), within(1e-12));
    }

    @Test
    void aPurelySeasonalSeriesIsContinuedExactly() {
        double[] pattern = {1, -1, 2, -2};
        double[] y = new double[12];
        for (int i = 0; i < y.length; i++) {
            y[i] = 10 + pattern[i % 4];
        }
        HoltWinters best = HoltWinters.fitBest(y, 4);
        assertThat(best.sigma2()).isCloseTo(0, within(1e-20));
        assertThat(best.forecast(6, 1.96).stream().map(Band::value).toList())
                .containsExactly(11.0, 9.0, 12.0, 8.0, 11.0, 9.0);
    }

    @Test
    void needsTwoSeasons() {
        assertThatThrownBy(() -> HoltWinters.fit(new double[13], 7, 0.5, 0.5, 0.5))
                .isInstanceOf(InsufficientDataException.class).hasMessage("holt_winters needs at least 14 points, the series has 13");
        Forecast auto = Forecast.of(new double[] {1, 2, 3, 4, 5}, Method.AUTO, 2, 7);
        assertThat(auto.method()).as("too short for a weekly season: linear").isEqualTo(Method.LINEAR);
        assertThat(auto.points().get(1).value()).isCloseTo(7, within(1e-9));
    }
}
