package io.enis.scorecard.evaluation;

import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.trend.Attainment;
import io.enis.scorecard.trend.LinearTrend;
import io.enis.scorecard.trend.PeriodChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A KPI's trends over a range: its daily series with moving averages, the least-squares line
 * (x in days from {@code firstDay}), a forecast, projected attainment, anomalies and the change
 * against the previous period. Parts that need more points are null with a note.
 */
public record TrendReport(Kpi kpi, Instant from, Instant asOf, List<DailySeries.Day> series, Double[] movingAverage,
                          LocalDate firstDay, LinearTrend regression, String regressionNote,
                          KpiEvaluation.DatedForecast forecast, String forecastNote, Attainment attainment, String attainmentNote,
                          List<KpiEvaluation.DatedFlag> anomalies, PeriodChange change) {
}
