package io.enis.scorecard.kpi;

import java.time.Instant;

/**
 * One recorded value of a KPI, in the KPI's unit.
 *
 * @param at         the time the value is for (at most one value per KPI and millisecond: a later one corrects it)
 * @param value      finite
 * @param recordedAt when the service stored it
 */
public record Value(Instant at, double value, Instant recordedAt) {
}
