package io.enis.scorecard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.scorecard.kpi.Direction;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.StoredValues;
import io.enis.scorecard.kpi.Thresholds;
import io.enis.scorecard.kpi.Unit;
import io.enis.scorecard.kpi.Value;
import io.enis.scorecard.trend.SeriesMemo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A remembered evaluation is the fresh one: the cache answers from memory only when nothing an evaluation
 * depends on moved, and every change (a new, corrected or future value, a KPI edit, a new day, a value
 * leaving the range) is computed again and equals what a fresh evaluator gives.
 */
class EvaluationCacheTest {
    static final Instant NOW = KpiEvaluatorMemoTest.NOW;
    static final Duration RANGE = Duration.ofDays(365);
    final Kpi kpi = new KpiEvaluatorMemoTest().kpi;
    final KpiEvaluator fresh = new KpiEvaluator(ZoneOffset.UTC);
    final EvaluationCache cache = new EvaluationCache(new KpiEvaluator(ZoneOffset.UTC, new SeriesMemo(64)), 64);

    /** Evaluates through the cache and checks the answer against a fresh evaluation of the same values. */
    KpiEvaluation check(Kpi k, StoredValues stored, Instant asOf) {
        Instant from = asOf.minus(RANGE);
        KpiEvaluation got = cache.evaluate(k, stored, from, asOf).evaluation();
        List<Value> loaded = stored.slice(
                stored.firstAtOrAfter(fresh.loadFrom(k, from, asOf).toEpochMilli()),
                stored.firstAfter(asOf.toEpochMilli()));
        assertThat(got).isEqualTo(fresh.evaluate(k, loaded, from, asOf));
        return got;
    }

    static StoredValues stored(long revision, List<Value> values) {
        return StoredValues.of(revision, 0, values);
    }

    @Test
    void theSameInputsLaterTheSameDayAreAnsweredFromMemoryWithTheNewAsOf() {
        StoredValues year = stored(1, KpiEvaluatorMemoTest.year(1));
        check(kpi, year, NOW);
        assertThat(cache.misses()).isEqualTo(1);
        KpiEvaluation later = check(kpi, year, NOW.plusSeconds(600));
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(later.asOf()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aNewACorrectedOrAFutureValueAKpiEditOrANewDayIsEvaluatedAgain() {
        List<Value> values = KpiEvaluatorMemoTest.year(2);
        KpiEvaluation first = check(kpi, stored(1, values), NOW);

        // a new value: a new revision, new arrays
        List<Value> more = new ArrayList<>(values);
        more.add(new Value(NOW.minusSeconds(60), 250, NOW));
        KpiEvaluation withNew = check(kpi, stored(2, more), NOW);
        assertThat(withNew.latest().value()).isEqualTo(250);

        // a correction of a value in the range
        List<Value> corrected = new ArrayList<>(values);
        Value old = corrected.get(300);
        corrected.set(300, new Value(old.at(), old.value() + 40, NOW));
        assertThat(check(kpi, stored(3, corrected), NOW).sparkline()).isNotEqualTo(first.sparkline());

        // a value five minutes ahead is not current until its time comes, with no write in between
        List<Value> ahead = new ArrayList<>(values);
        ahead.add(new Value(NOW.plusSeconds(300), 999, NOW));
        StoredValues withAhead = stored(4, ahead);
        assertThat(check(kpi, withAhead, NOW).latest().value()).isNotEqualTo(999);
        assertThat(check(kpi, withAhead, NOW.plusSeconds(300)).latest().value()).isEqualTo(999);

        // the KPI's target edited: the same values, another definition
        KpiDefinition d = kpi.definition();
        Kpi edited = new Kpi(
                kpi.id(),
                new KpiDefinition(
                        d.name(),
                        d.description(),
                        d.unit(),
                        50,
                        d.direction(),
                        d.thresholds(),
                        d.owner(),
                        d.tags(),
                        d.period(),
                        d.cumulative()),
                kpi.createdAt());
        StoredValues same = stored(1, values);
        check(kpi, same, NOW);
        long hits = cache.hits();
        assertThat(check(edited, same, NOW).status()).isNotEqualTo(first.status());
        assertThat(cache.hits()).as("an edited KPI is another key").isEqualTo(hits);

        // the next day (no new value): today, the range's first value and the projection move
        check(kpi, same, NOW.plus(Duration.ofDays(1)));
        assertThat(cache.hits()).isEqualTo(hits);
        // a new month: another period, the previous one's value
        Instant nextMonth = Instant.parse("2025-07-01T00:00:00Z");
        KpiEvaluation july = check(kpi, same, nextMonth);
        assertThat(july.period().start()).isEqualTo(nextMonth);
        assertThat(cache.hits()).isEqualTo(hits);
    }

    @Test
    void aCumulativeOrRollingKpiIsEvaluatedEveryTime() {
        KpiDefinition d = kpi.definition();
        for (Kpi k : List.of(
                new Kpi("kpi_sum", withPeriod(d, d.period(), true), kpi.createdAt()),
                new Kpi(
                        "kpi_rolling",
                        withPeriod(d, new Period(Period.Granularity.WEEK, Period.Mode.ROLLING), false),
                        kpi.createdAt()))) {
            StoredValues year = stored(1, KpiEvaluatorMemoTest.year(3));
            check(k, year, NOW);
            check(k, year, NOW.plusSeconds(1));
        }
        assertThat(cache.hits()).isZero();
        assertThat(cache.misses()).isEqualTo(4);
    }

    static KpiDefinition withPeriod(KpiDefinition d, Period period, boolean cumulative) {
        return new KpiDefinition(
                d.name(),
                d.description(),
                Unit.parse("ms").orElseThrow(),
                d.target(),
                Direction.LOWER_IS_BETTER,
                Thresholds.defaultFor(Direction.LOWER_IS_BETTER),
                d.owner(),
                d.tags(),
                period,
                cumulative);
    }
}
