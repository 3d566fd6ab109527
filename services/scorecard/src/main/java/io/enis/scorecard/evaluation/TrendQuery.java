package io.enis.scorecard.evaluation;

import io.enis.scorecard.trend.Method;
import java.time.Instant;

/**
 * What a trend report covers.
 *
 * @param from    the start of the range; null: {@code DEFAULT_TIME_RANGE} before {@code to}
 * @param to      the end of the range (exclusive); null: now
 * @param method  the forecasting method; an explicit one that the series is too short for is refused
 * @param horizon days to forecast, 1 to 365
 * @param window  the moving average's window in days, 1 to 365
 * @param season  Holt-Winters' season in days, 2 to 183
 */
public record TrendQuery(Instant from, Instant to, Method method, int horizon, int window, int season) {
}
