package io.enis.scorecard.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.scorecard.kpi.Direction;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Thresholds;
import io.enis.scorecard.kpi.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrafanaDashboardTest {
    private static KpiDefinition kpi(String unit, double target, Direction direction, Thresholds thresholds) {
        return new KpiDefinition(
                "k",
                null,
                Unit.parse(unit).orElseThrow(),
                target,
                direction,
                thresholds,
                null,
                List.of(),
                Period.DEFAULT,
                false);
    }

    private static List<Object> steps(List<Map<String, Object>> steps) {
        return steps.stream()
                .map(s -> (Object) (s.get("color") + "@" + s.get("value")))
                .toList();
    }

    @Test
    void lowerIsBetterStepsGoGreenOrangeRedWithTheTargetAsALineInItsColour() {
        // on track up to 120 ms, at risk up to 150 ms, off track beyond; target 100 ms is no boundary
        var d = kpi("ms", 100, Direction.LOWER_IS_BETTER, new Thresholds(Thresholds.Mode.ABSOLUTE, 120, 150));
        assertThat(steps(GrafanaDashboard.thresholds(d, false)))
                .containsExactly("green@null", "orange@120.0", "red@150.0");
        assertThat(steps(GrafanaDashboard.thresholds(d, true)))
                .containsExactly("green@null", "green@100.0", "orange@120.0", "red@150.0");
    }

    @Test
    void percentThresholdsBecomeValuesAndATargetOnABoundaryAddsNoStep() {
        // the default: on track at the target, off track below 90% of it
        var d = kpi("req/s", 1000, Direction.HIGHER_IS_BETTER, Thresholds.defaultFor(Direction.HIGHER_IS_BETTER));
        assertThat(steps(GrafanaDashboard.thresholds(d, true)))
                .containsExactly("red@null", "orange@900.0", "green@1000.0");
    }

    @Test
    void unitsMapToGrafanaIds() {
        assertThat(
                        List.of("ms", "s", "min", "h", "d", "req/s", "req/min", "%", "USD", "€", "orders/h", "users")
                                .stream()
                                .map(u -> GrafanaUnits.of(Unit.parse(u).orElseThrow()))
                                .toList())
                .containsExactly(
                        "ms",
                        "s",
                        "m",
                        "h",
                        "d",
                        "reqps",
                        "reqpm",
                        "percent",
                        "currencyUSD",
                        "currencyEUR",
                        "suffix: orders/h",
                        "suffix: users");
    }
}
