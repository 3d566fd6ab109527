package io.enis.observability.alerts;

import io.enis.observability.tsdb.Labels;
import java.time.Instant;
import java.util.Map;

/**
 * The state of one alert (one series of one rule) at the last evaluation.
 *
 * @param activeAt   when the condition started to hold
 * @param firedAt    when it became firing ({@code null} while pending)
 * @param resolvedAt when it resolved ({@code null} unless resolved)
 */
public record Alert(
        String ruleId,
        String ruleName,
        Labels labels,
        Map<String, String> annotations,
        State state,
        double value,
        Instant activeAt,
        Instant firedAt,
        Instant resolvedAt,
        Instant lastActiveAt) {
    /** inactive alerts are not kept; resolved ones stay visible for a while. */
    public enum State {
        PENDING,
        FIRING,
        RESOLVED
    }
}
