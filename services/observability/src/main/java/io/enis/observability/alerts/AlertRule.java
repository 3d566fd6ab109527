package io.enis.observability.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * An alert rule: fires for each series of {@code query} whose value satisfies
 * {@code comparison threshold} continuously for {@code forDuration}; stays firing for
 * {@code keepFiringFor} after the condition clears; {@code labels} are added to each alert,
 * {@code annotations} are templates ({@code {{ $labels.job }}}, {@code {{ $value }}}).
 *
 * @param webhookUrl where state changes are POSTed (Alertmanager webhook format); {@code null}: none
 */
public record AlertRule(
        String id,
        String tenant,
        String name,
        String query,
        Comparison comparison,
        double threshold,
        Duration forDuration,
        Duration keepFiringFor,
        Map<String, String> labels,
        Map<String, String> annotations,
        String webhookUrl,
        Instant createdAt,
        Instant updatedAt) {

    public AlertRule {
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
    }

    /** Comparison operators between the query value and the threshold. */
    public enum Comparison {
        GT(">"),
        GE(">="),
        LT("<"),
        LE("<="),
        EQ("=="),
        NE("!=");

        public final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public boolean test(double value, double threshold) {
            return switch (this) {
                case GT -> value > threshold;
                case GE -> value >= threshold;
                case LT -> value < threshold;
                case LE -> value <= threshold;
                case EQ -> value == threshold;
                case NE -> value != threshold;
            };
        }

        /** @throws IllegalArgumentException when {@code symbol} is none of {@code > >= < <= == !=} */
        public static Comparison of(String symbol) {
            for (Comparison c : values()) {
                if (c.symbol.equals(symbol)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("must be one of >, >=, <, <=, ==, !=");
        }
    }
}
