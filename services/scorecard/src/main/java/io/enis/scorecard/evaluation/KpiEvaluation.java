package io.enis.scorecard.evaluation;

import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Status;
import io.enis.scorecard.kpi.Value;
import io.enis.scorecard.trend.Anomalies;
import io.enis.scorecard.trend.Attainment;
import io.enis.scorecard.trend.Band;
import io.enis.scorecard.trend.Forecast;
import io.enis.scorecard.trend.PeriodChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where one KPI stands at {@code asOf}: what a dashboard panel shows.
 *
 * @param latest         the latest value at or before {@code asOf}, or null
 * @param period         the period holding {@code asOf}
 * @param periodValue    the period's value (latest value in it, or its sum when cumulative); null: no data
 * @param status         {@link Status}; a cumulative KPI is judged by its run rate (value / elapsed share)
 * @param change         against the previous period's value; null when either is missing
 * @param sparkline      the daily series in the time range
 * @param forecast       from the last day of the series to the period's last day; null with {@code forecastNote}
 * @param attainment     projected attainment; null with {@code attainmentNote}
 * @param anomalies      flagged days of the sparkline
 */
public record KpiEvaluation(
        Kpi kpi,
        Instant asOf,
        Value latest,
        Period.Window period,
        Double periodValue,
        Status status,
        PeriodChange change,
        List<DailySeries.Day> sparkline,
        DatedForecast forecast,
        String forecastNote,
        Attainment attainment,
        String attainmentNote,
        List<DatedFlag> anomalies) {

    /** This evaluation as of another time (an evaluation whose inputs at {@code asOf} are this one's). */
    public KpiEvaluation at(Instant asOf) {
        return new KpiEvaluation(
                kpi,
                asOf,
                latest,
                period,
                periodValue,
                status,
                change,
                sparkline,
                forecast,
                forecastNote,
                attainment,
                attainmentNote,
                anomalies);
    }

    /** A forecast whose points carry their days. */
    public record DatedForecast(Forecast forecast, List<LocalDate> dates) {
        public List<Band> points() {
            return forecast.points();
        }
    }

    /** An anomaly flag on a day of the series. */
    public record DatedFlag(LocalDate date, Anomalies.Flag flag) {}
}
