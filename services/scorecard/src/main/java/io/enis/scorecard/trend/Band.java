package io.enis.scorecard.trend;

/**
 * A predicted value with its confidence interval.
 *
 * @param value the point prediction
 * @param lower the lower bound of the interval
 * @param upper the upper bound
 * @param sd    the standard deviation of the prediction (0 when the model fits exactly)
 */
public record Band(double value, double lower, double upper, double sd) {
}
