package io.enis.observability.metadata;

import java.util.Locale;
import java.util.Optional;

/**
 * A metric family's type, as Prometheus names them ({@code model.MetricType}): the values of the
 * remote-write {@code MetricMetadata.type} and, lower-cased, of the {@code type} field of
 * {@code /api/v1/metadata}.
 */
public enum MetricType {
    COUNTER,
    GAUGE,
    HISTOGRAM,
    GAUGEHISTOGRAM,
    SUMMARY,
    INFO,
    STATESET,
    UNKNOWN;

    /** The name in Prometheus' HTTP API: {@code counter}, {@code gauge}, …, {@code unknown}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type of a {@code # TYPE} line of the text format 0.0.4 ({@code counter}, {@code gauge},
     * {@code histogram}, {@code summary}, {@code untyped}, which Prometheus reports as {@code unknown});
     * empty for anything else.
     */
    public static Optional<MetricType> fromTextFormat(String word) {
        return switch (word) {
            case "counter" -> Optional.of(COUNTER);
            case "gauge" -> Optional.of(GAUGE);
            case "histogram" -> Optional.of(HISTOGRAM);
            case "summary" -> Optional.of(SUMMARY);
            case "untyped" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }
}
