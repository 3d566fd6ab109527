package io.enis.scorecard.evaluation;

import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.scorecard.kpi.Now;
import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.trend.InsufficientDataException;
import io.enis.scorecard.trend.LinearTrend;
import io.enis.scorecard.trend.Method;
import io.enis.scorecard.trend.MovingAverage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Trend reports of one KPI ({@code GET /v1/analytics/kpis/{id}/trends}). */
public final class TrendService {
    /** The problem type of a method asked for a series too short for it. */
    public static final String INSUFFICIENT_DATA = "insufficient-data";
    private final KpiService kpis;
    private final KpiEvaluator evaluator;
    private final Clock clock;
    private final Duration defaultRange;

    public TrendService(KpiService kpis, KpiEvaluator evaluator, Clock clock, Duration defaultRange) {
        this.kpis = kpis;
        this.evaluator = evaluator;
        this.clock = clock;
        this.defaultRange = defaultRange;
    }

    /**
     * @throws io.enis.kit.domain.NotFoundException when there is no such KPI
     * @throws UnprocessableException ({@value #INSUFFICIENT_DATA}, field {@code method}) when the method
     *                                asked for needs more days than the range has
     */
    public TrendReport report(String kpiId, TrendQuery q) {
        Kpi kpi = kpis.get(kpiId);
        Instant now = Now.of(clock);
        Instant asOf = q.to() == null || q.to().isAfter(now) ? now : q.to().minusMillis(1);
        Instant from = q.from() == null ? asOf.minus(defaultRange) : q.from();
        List<io.enis.scorecard.kpi.Value> values = kpis.values(kpiId, evaluator.loadFrom(kpi, from, asOf), asOf.plusMillis(1));
        KpiEvaluation e = evaluator.evaluate(kpi, values, from, asOf);
        List<DailySeries.Day> series = e.sparkline();
        KpiEvaluation.DatedForecast forecast = null;
        String forecastNote = null;
        try {
            forecast = evaluator.forecast(series, kpi.definition().cumulative(), q.method(), q.horizon(), q.season());
        } catch (InsufficientDataException x) {
            if (q.method() != Method.AUTO) {
                throw new UnprocessableException(INSUFFICIENT_DATA, "Too few points for the method", x.getMessage(),
                        List.of(new Violation("method", x.method() + " needs at least " + x.needed() + " days with values"
                                + (q.method() == Method.HOLT_WINTERS ? " (two seasons of " + q.season() + ")" : "")
                                + "; the range has " + x.available() + " (widen from/to, or use linear or auto)")));
            }
            forecastNote = "no forecast: " + x.getMessage();
        }
        LocalDate firstDay = series.isEmpty() ? null : series.get(0).date();
        LinearTrend line = null;
        String lineNote = null;
        try {
            double[] x = DailySeries.epochDays(series);
            for (int i = 0; i < x.length; i++) {
                x[i] -= firstDay.toEpochDay();
            }
            line = LinearTrend.fit(x, DailySeries.values(series));
        } catch (InsufficientDataException x) {
            lineNote = "no regression: " + x.getMessage();
        }
        Double[] ma = MovingAverage.trailing(DailySeries.values(series), q.window());
        return new TrendReport(kpi, from, asOf, series, ma, firstDay, line, lineNote, forecast, forecastNote,
                e.attainment(), e.attainmentNote(), e.anomalies(), e.change());
    }
}
