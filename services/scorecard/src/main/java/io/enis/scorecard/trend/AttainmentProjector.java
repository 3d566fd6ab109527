package io.enis.scorecard.trend;

import io.enis.scorecard.kpi.Direction;
import java.time.LocalDate;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Projects whether a KPI meets its target at the end of its period.
 *
 * <ul>
 *   <li>A KPI judged by its latest value: a {@link LinearTrend} over the daily series is extended to the
 *       period's last day; the confidence is the probability that a new value there meets the target
 *       under the fit's t prediction distribution. "Reached" is the day the fitted line crosses the target.
 *   <li>A cumulative KPI: the period-to-date total grows at its average daily rate; the remaining days'
 *       sum is taken as normal with mean {@code rate * remaining} and variance {@code sd² * remaining}
 *       ({@code sd}: of the daily amounts so far, days without values counting 0). "Reached" is the day
 *       the total crosses the target at that rate.
 * </ul>
 */
public final class AttainmentProjector {
    private AttainmentProjector() {
    }

    /**
     * @param days   the series' days (epoch days), ascending
     * @param values the value of each day
     * @param today  the epoch day of now
     * @param lastDay the epoch day of the period's last day
     * @throws InsufficientDataException with fewer than {@link LinearTrend#MIN_POINTS} days
     */
    public static Attainment latest(double[] days, double[] values, double target, Direction direction, long today, long lastDay) {
        LinearTrend line = LinearTrend.fit(days, values);
        double projected = line.predict(lastDay, Forecast.LEVEL).value();
        double pAtLeast = line.probabilityAtLeast(lastDay, target);
        double pMeet = direction == Direction.HIGHER_IS_BETTER ? pAtLeast : 1 - pAtLeast;
        boolean metNow = direction.meets(values[values.length - 1], target);
        if (!direction.meets(projected, target)) {
            return new Attainment(Attainment.Outcome.MISSED, null, projected, Math.abs(target - projected), 1 - pMeet);
        }
        if (metNow) {
            return new Attainment(Attainment.Outcome.MET, null, projected, 0, pMeet);
        }
        double crossing = line.slope() == 0 ? today : (target - line.intercept()) / line.slope();
        long day = Math.min(lastDay, Math.max(today, (long) Math.ceil(crossing)));
        return new Attainment(Attainment.Outcome.REACHED, LocalDate.ofEpochDay(day), projected, 0, pMeet);
    }

    /**
     * @param daily         the amount of each elapsed day of the period (0 for days without values)
     * @param elapsedDays   days elapsed in the period (fractional)
     * @param remainingDays days left in the period (fractional)
     * @param start         the period's first day
     * @throws InsufficientDataException with fewer than 2 elapsed days (no spread to judge by)
     */
    public static Attainment cumulative(double[] daily, double elapsedDays, double remainingDays, double target,
                                        Direction direction, LocalDate start) {
        if (daily.length < 2) {
            throw new InsufficientDataException("projected attainment", 2, daily.length);
        }
        double total = 0;
        for (double d : daily) {
            total += d;
        }
        double rate = total / Math.max(elapsedDays, 1e-9);
        double mean = total / daily.length;
        double var = 0;
        for (double d : daily) {
            var += (d - mean) * (d - mean) / (daily.length - 1);
        }
        double projected = total + rate * remainingDays;
        double sd = Math.sqrt(var * remainingDays);
        double pAtLeast = sd == 0 ? (projected >= target ? 1 : 0)
                : 1 - new NormalDistribution(projected, sd).cumulativeProbability(target);
        double pMeet = direction == Direction.HIGHER_IS_BETTER ? pAtLeast : 1 - pAtLeast;
        if (!direction.meets(projected, target)) {
            return new Attainment(Attainment.Outcome.MISSED, null, projected, Math.abs(target - projected), 1 - pMeet);
        }
        if (direction == Direction.LOWER_IS_BETTER || total >= target) {
            return new Attainment(Attainment.Outcome.MET, null, projected, 0, pMeet);
        }
        long day = (long) Math.floor(target / rate);
        return new Attainment(Attainment.Outcome.REACHED, start.plusDays(day), projected, 0, pMeet);
    }
}
