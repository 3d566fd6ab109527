package io.enis.scorecard.kpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A KPI's values as one point per day (in the service's time zone): the day's last value, or for a
 * cumulative KPI the day's sum. Days without values have no point. Sparklines, trends and forecasts
 * work on this series.
 */
public final class DailySeries {
    private DailySeries() {
    }

    /** One day's value. */
    public record Day(LocalDate date, double value) {
    }

    /** @param values oldest first */
    public static List<Day> of(List<Value> values, boolean cumulative, ZoneId zone) {
        List<Day> out = new ArrayList<>();
        LocalDate current = null;
        double acc = 0;
        for (Value v : values) {
            LocalDate d = v.at().atZone(zone).toLocalDate();
            if (!d.equals(current)) {
                if (current != null) {
                    out.add(new Day(current, acc));
                }
                current = d;
                acc = 0;
            }
            acc = cumulative ? acc + v.value() : v.value();
        }
        if (current != null) {
            out.add(new Day(current, acc));
        }
        return out;
    }

    /**
     * The series with every missing day between the first and the last filled in: by linear
     * interpolation for a KPI judged by its latest value, with 0 for a cumulative one. Forecasting
     * methods need regular steps.
     */
    public static List<Day> filled(List<Day> days, boolean cumulative) {
        List<Day> out = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            if (i > 0) {
                Day prev = days.get(i - 1);
                long gap = d.date().toEpochDay() - prev.date().toEpochDay();
                for (long k = 1; k < gap; k++) {
                    double v = cumulative ? 0 : prev.value() + (d.value() - prev.value()) * k / gap;
                    out.add(new Day(prev.date().plusDays(k), v));
                }
            }
            out.add(d);
        }
        return out;
    }

    public static double[] values(List<Day> days) {
        return days.stream().mapToDouble(Day::value).toArray();
    }

    public static double[] epochDays(List<Day> days) {
        return days.stream().mapToDouble(d -> d.date().toEpochDay()).toArray();
    }
}
