package io.enis.scorecard.evaluation;

import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.StoredValues;
import io.enis.scorecard.memo.Lru;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evaluations remembered by everything they are computed from, so a dashboard viewed again answers
 * without evaluating. A KPI judged by its latest value in a calendar period is a function of: its
 * definition, which of its values lie in the loaded span, up to {@code asOf}, and in the time range
 * (indices into one {@link StoredValues} generation, itself one database revision of the values), the
 * current and previous period, today and the projection's last day. Those are the key ({@link Inputs}),
 * so a new or corrected value (a new revision), a KPI edit, a value that enters or leaves the range, a
 * future value that becomes current, or a new day is a different key: nothing needs invalidating, and a
 * remembered answer is the fresh one (with its {@code asOf} set to now). Cumulative and rolling KPIs
 * depend on the exact time (run rate, moving window) and are evaluated every time. Least recently used
 * entries beyond {@code capacity} are dropped. Thread-safe.
 */
public final class EvaluationCache {
    /** The default bound: 512 panels (~20 KB each for a year of daily values). */
    public static final int DEFAULT_ENTRIES = 512;

    private final KpiEvaluator evaluator;
    private final Lru<Inputs, KpiEvaluation> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param capacity the most evaluations kept; 0 keeps none */
    public EvaluationCache(KpiEvaluator evaluator, int capacity) {
        this.evaluator = evaluator;
        this.entries = Lru.ofEntries(capacity);
    }

    /**
     * What an evaluation is computed from; equal inputs give equal evaluations (apart from {@code asOf}).
     *
     * @param generation the {@link StoredValues#generation()} the indices are into
     * @param from       the first value loaded for the evaluation
     * @param to         one past the last value at or before {@code asOf}
     * @param rangeFrom  the first value in the time range
     */
    public record Inputs(
            Kpi kpi,
            long generation,
            int from,
            int to,
            int rangeFrom,
            Period.Window period,
            Period.Window previous,
            long today,
            long lastDay) {}

    /**
     * An evaluation and what it was computed from.
     *
     * @param inputs null when the evaluation depends on the exact time (not remembered)
     */
    public record Evaluated(Inputs inputs, KpiEvaluation evaluation) {}

    /**
     * {@code kpi} evaluated over {@code values} as {@link KpiEvaluator#evaluate} does.
     *
     * @param values the KPI's values from at least {@link KpiEvaluator#loadFrom} on
     */
    public Evaluated evaluate(Kpi kpi, StoredValues values, Instant rangeFrom, Instant asOf) {
        int from =
                values.firstAtOrAfter(evaluator.loadFrom(kpi, rangeFrom, asOf).toEpochMilli());
        int to = values.firstAfter(asOf.toEpochMilli());
        KpiDefinition d = kpi.definition();
        if (d.cumulative() || d.period().mode() == Period.Mode.ROLLING) {
            misses.incrementAndGet();
            return new Evaluated(null, evaluator.evaluate(kpi, values.slice(from, to), rangeFrom, asOf));
        }
        Period.Window period = d.period().current(asOf, evaluator.zone());
        Inputs inputs = new Inputs(
                kpi,
                values.generation(),
                from,
                to,
                values.firstAtOrAfter(rangeFrom.toEpochMilli()),
                period,
                d.period().previous(period, evaluator.zone()),
                asOf.atZone(evaluator.zone()).toLocalDate().toEpochDay(),
                evaluator.lastDay(d, period, asOf).toEpochDay());
        KpiEvaluation found = entries.get(inputs);
        if (found != null) {
            hits.incrementAndGet();
            return new Evaluated(inputs, found.at(asOf));
        }
        misses.incrementAndGet();
        KpiEvaluation e = evaluator.evaluate(kpi, values.slice(from, to), rangeFrom, asOf);
        entries.put(inputs, e);
        return new Evaluated(inputs, e);
    }

    /** Evaluations answered from memory. */
    public long hits() {
        return hits.get();
    }

    /** Evaluations computed. */
    public long misses() {
        return misses.get();
    }
}
