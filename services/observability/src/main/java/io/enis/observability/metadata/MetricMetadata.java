package io.enis.observability.metadata;

import java.util.Objects;

/**
 * What a sender said about a metric family: its type, help text and unit ({@code ""} when not given).
 *
 * @param type never null; {@link MetricType#UNKNOWN} when not given
 * @param help never null
 * @param unit never null
 */
public record MetricMetadata(MetricType type, String help, String unit) {
    /** A family nothing is known about. */
    public static final MetricMetadata UNKNOWN = new MetricMetadata(MetricType.UNKNOWN, "", "");

    public MetricMetadata {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(unit, "unit");
    }
}
