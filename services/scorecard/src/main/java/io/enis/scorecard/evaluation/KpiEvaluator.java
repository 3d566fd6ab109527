package io.enis.scorecard.evaluation;

import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Status;
import io.enis.scorecard.kpi.Value;
import io.enis.scorecard.trend.Anomalies;
import io.enis.scorecard.trend.Attainment;
import io.enis.scorecard.trend.AttainmentProjector;
import io.enis.scorecard.trend.Forecast;
import io.enis.scorecard.trend.HoltWinters;
import io.enis.scorecard.trend.InsufficientDataException;
import io.enis.scorecard.trend.LinearTrend;
import io.enis.scorecard.trend.Method;
import io.enis.scorecard.trend.PeriodChange;
import io.enis.scorecard.trend.SeriesMemo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a KPI over a time range: current value, period value and status, change against the
 * previous period, sparkline, forecast, projected attainment and anomalies. No I/O: the caller loads
 * the values from {@link #loadFrom}.
 */
public final class KpiEvaluator {
    /** The season of daily series: a week. */
    public static final int SEASON = 7;
    /** The longest forecast, in days. */
    public static final int MAX_HORIZON = 92;

    private final ZoneId zone;
    private final SeriesMemo memo;

    /** An evaluator that computes everything on every call. */
    public KpiEvaluator(ZoneId zone) {
        this(zone, SeriesMemo.NONE);
    }

    /**
     * @param memo remembers the Holt-Winters parameter search and the anomaly flags of a series (both
     *             depend on the series' values only, so a remembered answer equals a fresh one)
     */
    public KpiEvaluator(ZoneId zone, SeriesMemo memo) {
        this.zone = zone;
        this.memo = memo;
    }

    /** The time zone days and calendar periods are in. */
    ZoneId zone() {
        return zone;
    }

    /** The earliest time whose values {@link #evaluate} needs. */
    public Instant loadFrom(Kpi kpi, Instant rangeFrom, Instant asOf) {
        Period p = kpi.definition().period();
        Instant previousStart = p.previous(p.current(asOf, zone), zone).start();
        return previousStart.isBefore(rangeFrom) ? previousStart : rangeFrom;
    }

    /**
     * @param values every value of the KPI from {@link #loadFrom} to {@code asOf}, oldest first
     * @param rangeFrom the start of the dashboard's time range
     */
    public KpiEvaluation evaluate(Kpi kpi, List<Value> values, Instant rangeFrom, Instant asOf) {
        KpiDefinition d = kpi.definition();
        Period.Window window = d.period().current(asOf, zone);
        Period.Window previous = d.period().previous(window, zone);
        List<Value> upToNow = values.stream().filter(v -> !v.at().isAfter(asOf)).toList();
        Value latest = upToNow.isEmpty() ? null : upToNow.get(upToNow.size() - 1);
        Double periodValue = d.periodValue(upToNow, window);
        Double previousValue = d.periodValue(upToNow, previous);
        Status status = periodValue == null ? Status.NO_DATA : d.status(judged(d, periodValue, window, asOf));
        PeriodChange change =
                periodValue == null || previousValue == null ? null : PeriodChange.of(periodValue, previousValue);
        List<Value> inRange =
                upToNow.stream().filter(v -> !v.at().isBefore(rangeFrom)).toList();
        List<DailySeries.Day> series = DailySeries.of(inRange, d.cumulative(), zone);

        LocalDate today = asOf.atZone(zone).toLocalDate();
        LocalDate lastDay = lastDay(d, window, asOf);
        KpiEvaluation.DatedForecast forecast = null;
        String forecastNote = null;
        try {
            forecast = forecast(series, d.cumulative(), Method.AUTO, horizon(series, lastDay), SEASON);
        } catch (InsufficientDataException e) {
            forecastNote = "no forecast: " + e.getMessage();
        }
        Attainment attainment = null;
        String attainmentNote = null;
        try {
            attainment = attainment(d, series, upToNow, window, asOf, today, lastDay);
        } catch (InsufficientDataException e) {
            attainmentNote = "no projection: " + e.getMessage();
        } catch (UnsupportedOperationException e) {
            attainmentNote = e.getMessage();
        }
        return new KpiEvaluation(
                kpi,
                asOf,
                latest,
                window,
                periodValue,
                status,
                change,
                series,
                forecast,
                forecastNote,
                attainment,
                attainmentNote,
                anomalies(series));
    }

    /**
     * Forecasts {@code horizon} days after the series, its gaps filled ({@link DailySeries#filled}).
     *
     * @throws InsufficientDataException when {@code method} needs more days than the series has
     */
    public KpiEvaluation.DatedForecast forecast(
            List<DailySeries.Day> series, boolean cumulative, Method method, int horizon, int season) {
        if (series.isEmpty()) {
            throw new InsufficientDataException(
                    method == Method.HOLT_WINTERS ? "holt_winters" : "linear",
                    method == Method.HOLT_WINTERS ? HoltWinters.minPoints(season) : LinearTrend.MIN_POINTS,
                    0);
        }
        List<DailySeries.Day> filled = DailySeries.filled(series, cumulative);
        Forecast f = Forecast.of(DailySeries.values(filled), method, horizon, season, memo);
        LocalDate last = filled.get(filled.size() - 1).date();
        List<LocalDate> dates = new ArrayList<>();
        for (int h = 1; h <= horizon; h++) {
            dates.add(last.plusDays(h));
        }
        return new KpiEvaluation.DatedForecast(f, dates);
    }

    /** The flagged days of {@code series}. */
    public List<KpiEvaluation.DatedFlag> anomalies(List<DailySeries.Day> series) {
        double[] y = DailySeries.values(series);
        List<Anomalies.Flag> flags = memo.get(
                "anomalies",
                Anomalies.WINDOW,
                y,
                () -> List.copyOf(Anomalies.flag(y, Anomalies.WINDOW, Anomalies.THRESHOLD)));
        return flags.stream()
                .map(f -> new KpiEvaluation.DatedFlag(series.get(f.index()).date(), f))
                .toList();
    }

    static int horizon(List<DailySeries.Day> series, LocalDate lastDay) {
        if (series.isEmpty()) {
            return 1;
        }
        long days = lastDay.toEpochDay() - series.get(series.size() - 1).date().toEpochDay();
        return (int) Math.max(1, Math.min(MAX_HORIZON, days));
    }

    /** The day a projection is for: the calendar period's last day, or one period ahead for a rolling one. */
    LocalDate lastDay(KpiDefinition d, Period.Window window, Instant asOf) {
        if (d.period().mode() == Period.Mode.ROLLING) {
            Duration length = Duration.between(window.start(), window.end());
            return asOf.plus(length).atZone(zone).toLocalDate();
        }
        return window.end().minusMillis(1).atZone(zone).toLocalDate();
    }

    private Attainment attainment(
            KpiDefinition d,
            List<DailySeries.Day> series,
            List<Value> values,
            Period.Window window,
            Instant asOf,
            LocalDate today,
            LocalDate lastDay) {
        if (!d.cumulative()) {
            return AttainmentProjector.latest(
                    DailySeries.epochDays(series),
                    DailySeries.values(series),
                    d.target(),
                    d.direction(),
                    today.toEpochDay(),
                    lastDay.toEpochDay());
        }
        if (d.period().mode() == Period.Mode.ROLLING) {
            throw new UnsupportedOperationException("no projection: a rolling window has no end to project a total to");
        }
        LocalDate start = window.start().atZone(zone).toLocalDate();
        double[] daily = new double[(int) (today.toEpochDay() - start.toEpochDay() + 1)];
        for (Value v : values) {
            if (window.contains(v.at())) {
                daily[(int) (v.at().atZone(zone).toLocalDate().toEpochDay() - start.toEpochDay())] += v.value();
            }
        }
        double dayMillis = Duration.ofDays(1).toMillis();
        double elapsed = (asOf.toEpochMilli() - window.start().toEpochMilli()) / dayMillis;
        double remaining = (window.end().toEpochMilli() - asOf.toEpochMilli()) / dayMillis;
        return AttainmentProjector.cumulative(daily, elapsed, remaining, d.target(), d.direction(), start);
    }

    /**
     * The status at {@code asOf}, as {@link #evaluate} gives it (what goal alerts compare).
     *
     * @param values at least the KPI's values in the period holding {@code asOf}, oldest first
     */
    public Status status(Kpi kpi, List<Value> values, Instant asOf) {
        KpiDefinition d = kpi.definition();
        Period.Window window = d.period().current(asOf, zone);
        Double value =
                d.periodValue(values.stream().filter(v -> !v.at().isAfter(asOf)).toList(), window);
        return value == null ? Status.NO_DATA : d.status(judged(d, value, window, asOf));
    }

    /** The value the status judges: a cumulative total is scaled to the whole period by the share elapsed. */
    private static double judged(KpiDefinition d, double periodValue, Period.Window window, Instant asOf) {
        if (!d.cumulative() || d.period().mode() == Period.Mode.ROLLING) {
            return periodValue;
        }
        return periodValue / Math.max(window.elapsed(asOf), 1e-6);
    }
}
