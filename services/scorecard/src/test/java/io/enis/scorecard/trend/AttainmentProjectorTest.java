package io.enis.scorecard.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.enis.scorecard.kpi.Direction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttainmentProjectorTest {
    private static final long DAY0 = LocalDate.parse("2025-01-01").toEpochDay();

    /**
     * Throughput 900, 910, 920, 930, 940 on Jan 1-5 (exactly +10/day), target 1000, higher is better:
     * the line crosses 1000 at x = DAY0 + 10, that is Jan 11, before the month's last day (Jan 31,
     * projected 900 + 300 = 1200). An exact line has no spread: confidence 1.
     */
    @Test
    void aRisingSeriesReachesItsTargetOnTheDayTheLineCrosses() {
        double[] days = {DAY0, DAY0 + 1, DAY0 + 2, DAY0 + 3, DAY0 + 4};
        Attainment a = AttainmentProjector.latest(days, new double[] {900, 910, 920, 930, 940}, 1000,
                Direction.HIGHER_IS_BETTER, DAY0 + 4, DAY0 + 30);
        assertThat(a.outcome()).isEqualTo(Attainment.Outcome.REACHED);
        assertThat(a.date()).isEqualTo(LocalDate.parse("2025-01-11"));
        assertThat(a.projected()).isCloseTo(1200, within(1e-9));
        assertThat(a.confidence()).isEqualTo(1);
        assertThat(a.sentence("req/s")).isEqualTo("at this rate the target is reached on 2025-01-11 (100% confidence)");
    }

    /**
     * Latency 120, 118, 122, 120, 120 (flat around 120), target 100, lower is better. By hand, with
     * x = 0..4: Sxy = (-2)(0) + (-1)(-2) + 0(2) + 1(0) + 2(0) = 2, Sxx = 10, slope 0.2,
     * intercept 120 - 0.2·2 = 119.6 in x = 0..4; at the last day (x = 30) ŷ = 125.6: missed by 25.6.
     */
    @Test
    void aFlatSeriesAboveALatencyTargetMissesIt() {
        double[] days = {DAY0, DAY0 + 1, DAY0 + 2, DAY0 + 3, DAY0 + 4};
        Attainment a = AttainmentProjector.latest(days, new double[] {120, 118, 122, 120, 120}, 100,
                Direction.LOWER_IS_BETTER, DAY0 + 4, DAY0 + 30);
        assertThat(a.outcome()).isEqualTo(Attainment.Outcome.MISSED);
        assertThat(a.shortfall()).isCloseTo(25.6, within(1e-9));
        assertThat(a.confidence()).isGreaterThan(0.9);
    }

    /**
     * Revenue per quarter, target 900: 10 days elapsed with 10/day except 5 and 15 alternating
     * (sum 100, rate 10/day), 80 days left: projected 100 + 800 = 900, exactly the target, so the
     * probability of reaching it is one half; reached on day 900 / 10 = 90 after the start.
     * Daily sd = sqrt(Σ(±5)² / 9) = sqrt(250/9); remaining sd = sqrt(250/9 · 80).
     */
    @Test
    void aCumulativeGoalProjectsItsRunRate() {
        double[] daily = {5, 15, 5, 15, 5, 15, 5, 15, 5, 15};
        Attainment a = AttainmentProjector.cumulative(daily, 10, 80, 900, Direction.HIGHER_IS_BETTER, LocalDate.parse("2025-01-01"));
        assertThat(a.projected()).isCloseTo(900, within(1e-9));
        assertThat(a.outcome()).isEqualTo(Attainment.Outcome.REACHED);
        assertThat(a.date()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(a.confidence()).isCloseTo(0.5, within(1e-9));
        Attainment short_ = AttainmentProjector.cumulative(daily, 10, 80, 900 + Math.sqrt(250.0 / 9 * 80), Direction.HIGHER_IS_BETTER,
                LocalDate.parse("2025-01-01"));
        assertThat(short_.outcome()).isEqualTo(Attainment.Outcome.MISSED);
        assertThat(short_.confidence()).as("one sd short: Φ(1) = 0.841345").isCloseTo(0.841345, within(1e-6));
    }
}
