package io.enis.scorecard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.scorecard.kpi.Direction;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Thresholds;
import io.enis.scorecard.kpi.Unit;
import io.enis.scorecard.kpi.Value;
import io.enis.scorecard.trend.SeriesMemo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The remembered Holt-Winters fit and anomaly flags give the answers a fresh evaluation gives. */
class KpiEvaluatorMemoTest {
    static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");
    static final Instant FROM = NOW.minus(Duration.ofDays(365));
    final Kpi kpi = new Kpi(
            "kpi_memo",
            new KpiDefinition(
                    "latency",
                    "",
                    Unit.parse("ms").orElseThrow(),
                    100,
                    Direction.LOWER_IS_BETTER,
                    Thresholds.defaultFor(Direction.LOWER_IS_BETTER),
                    "",
                    List.of(),
                    Period.DEFAULT,
                    false),
            FROM);

    static List<Value> year(long seed) {
        Random random = new Random(seed);
        List<Value> out = new ArrayList<>();
        for (int d = 364; d >= 1; d--) {
            double v =
                    90 + 8 * Math.sin(2 * Math.PI * d / 7) - d * 0.02 + random.nextGaussian() * 3 + (d == 40 ? 60 : 0);
            out.add(new Value(NOW.minus(Duration.ofDays(d)), v, FROM));
        }
        return out;
    }

    @Test
    void aRememberedAnswerEqualsAFreshOneAndANewValueIsNotAnsweredFromMemory() {
        SeriesMemo memo = new SeriesMemo(16);
        KpiEvaluator remembering = new KpiEvaluator(ZoneOffset.UTC, memo);
        KpiEvaluator fresh = new KpiEvaluator(ZoneOffset.UTC);
        List<Value> values = year(1);

        KpiEvaluation first = remembering.evaluate(kpi, values, FROM, NOW);
        assertThat(memo.misses()).isEqualTo(2); // the Holt-Winters search and the anomaly flags
        KpiEvaluation second = remembering.evaluate(kpi, values, FROM, NOW.plusSeconds(60));
        assertThat(memo.hits()).isEqualTo(2);
        assertThat(second).isEqualTo(fresh.evaluate(kpi, values, FROM, NOW.plusSeconds(60)));
        assertThat(first.forecast()).isNotNull();
        assertThat(first.anomalies()).isNotEmpty();

        // a new value (today's) changes the series: computed again, and equal to a fresh evaluation
        List<Value> more = new ArrayList<>(values);
        more.add(new Value(NOW.minusSeconds(60), 250, NOW));
        KpiEvaluation withNew = remembering.evaluate(kpi, more, FROM, NOW);
        assertThat(memo.misses()).isEqualTo(4);
        assertThat(withNew).isEqualTo(fresh.evaluate(kpi, more, FROM, NOW));
        assertThat(withNew.forecast()).isNotEqualTo(first.forecast());

        // a corrected value (same time, another reading) too
        List<Value> corrected = new ArrayList<>(values);
        Value old = corrected.get(200);
        corrected.set(200, new Value(old.at(), old.value() + 5, NOW));
        KpiEvaluation afterCorrection = remembering.evaluate(kpi, corrected, FROM, NOW);
        assertThat(memo.misses()).isEqualTo(6);
        assertThat(afterCorrection).isEqualTo(fresh.evaluate(kpi, corrected, FROM, NOW));
        assertThat(afterCorrection.forecast()).isNotEqualTo(first.forecast());
    }

    @Test
    void theMemoIsBounded() {
        SeriesMemo memo = new SeriesMemo(3);
        for (int i = 0; i < 10; i++) {
            int n = i;
            assertThat(memo.get("k", 1, new double[] {i}, () -> n)).isEqualTo(i);
        }
        assertThat(memo.size()).isEqualTo(3);
        assertThat(memo.get("k", 1, new double[] {9}, () -> -1)).isEqualTo(9);
        assertThat(memo.get("k", 1, new double[] {0}, () -> -1)).isEqualTo(-1);
        assertThat(memo.get("k", 2, new double[] {9}, () -> -2)).isEqualTo(-2);
    }
}
