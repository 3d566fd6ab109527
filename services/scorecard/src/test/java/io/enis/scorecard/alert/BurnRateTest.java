package io.enis.scorecard.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.enis.scorecard.kpi.Direction;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Thresholds;
import io.enis.scorecard.kpi.Unit;
import io.enis.scorecard.kpi.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Burn rates against values computed by hand (the sums are written out in each test). */
class BurnRateTest {
    private static final Instant END = Instant.parse("2025-03-10T12:00:00Z");

    private static Value at(Duration beforeEnd, double v) {
        Instant t = END.minus(beforeEnd);
        return new Value(t, v, t);
    }

    @Test
    void higherIsBetterStepsAreWeightedByHowLongEachValueHeld() {
        // target 1000 req/s, off track below 900: B = 100
        List<Value> values =
                List.of(at(Duration.ofHours(2), 1000), at(Duration.ofMinutes(30), 700), at(Duration.ofMinutes(3), 950));
        double b = 100;
        // 1h: 30 min at 1000 (0), 27 min at 700 (300), 3 min at 950 (50): (300*27 + 50*3) / (100*60) = 8250/6000
        assertThat(BurnRate.rate(values, END, Duration.ofHours(1), 1000, Direction.HIGHER_IS_BETTER, b))
                .isCloseTo(1.375, within(1e-12));
        // 5m: 2 min at 700, 3 min at 950: (300*2 + 50*3) / (100*5) = 750/500
        assertThat(BurnRate.rate(values, END, Duration.ofMinutes(5), 1000, Direction.HIGHER_IS_BETTER, b))
                .isCloseTo(1.5, within(1e-12));
        // 6h: the window starts 4h before the first value, which spends nothing: 8250 / (100*360)
        assertThat(BurnRate.rate(values, END, Duration.ofHours(6), 1000, Direction.HIGHER_IS_BETTER, b))
                .isCloseTo(8250.0 / 36000, within(1e-12));
        // 30m: 8250 / (100*30)
        assertThat(BurnRate.rate(values, END, Duration.ofMinutes(30), 1000, Direction.HIGHER_IS_BETTER, b))
                .isCloseTo(2.75, within(1e-12));
    }

    @Test
    void lowerIsBetterAndTheShortWindowSeesARecovery() {
        // target 100 ms, off track above 110: B = 10
        List<Value> values = List.of(at(Duration.ofMinutes(90), 130), at(Duration.ofMinutes(20), 105));
        // 1h: 40 min at 130 (30), 20 min at 105 (5): (1200 + 100) / (10*60)
        assertThat(BurnRate.rate(values, END, Duration.ofHours(1), 100, Direction.LOWER_IS_BETTER, 10))
                .isCloseTo(1300.0 / 600, within(1e-12));
        // 5m: 5 min at 105: 25 / 50
        assertThat(BurnRate.rate(values, END, Duration.ofMinutes(5), 100, Direction.LOWER_IS_BETTER, 10))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void valuesBetterThanTheTargetAndValuesAfterTheEndSpendNothing() {
        List<Value> values = List.of(at(Duration.ofMinutes(50), 1200), new Value(END.plusSeconds(60), 0, END));
        assertThat(BurnRate.rate(values, END, Duration.ofHours(1), 1000, Direction.HIGHER_IS_BETTER, 100))
                .isZero();
        assertThat(BurnRate.rate(List.of(), END, Duration.ofHours(1), 1000, Direction.HIGHER_IS_BETTER, 100))
                .isZero();
    }

    @Test
    void theAllowedDistanceIsTheWayFromTargetToOffTrack() {
        var percent = definition(1000, Direction.HIGHER_IS_BETTER, Thresholds.defaultFor(Direction.HIGHER_IS_BETTER));
        assertThat(BurnRate.allowedDistance(percent)).isCloseTo(100, within(1e-9));
        var absolute = definition(200, Direction.LOWER_IS_BETTER, new Thresholds(Thresholds.Mode.ABSOLUTE, 250, 300));
        assertThat(BurnRate.allowedDistance(absolute)).isCloseTo(100, within(1e-9));
    }

    private static KpiDefinition definition(double target, Direction direction, Thresholds thresholds) {
        return new KpiDefinition(
                "k",
                "",
                Unit.parse("ms").orElseThrow(),
                target,
                direction,
                thresholds,
                "",
                List.of(),
                Period.DEFAULT,
                false);
    }
}
