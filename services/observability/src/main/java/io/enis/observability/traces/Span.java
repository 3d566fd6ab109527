package io.enis.observability.traces;

import java.util.Map;

/**
 * One span, normalized from either input format. Times are nanoseconds since the epoch; ids are
 * lower-case hex ({@code traceId} 32, {@code spanId} 16); {@code parentSpanId} is {@code null} for a root.
 */
public record Span(
        String traceId,
        String spanId,
        String parentSpanId,
        String service,
        String operation,
        String kind,
        long startNanos,
        long endNanos,
        boolean error,
        Map<String, String> attributes) {
    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Whether the span is where a request enters a service (what RED metrics count). */
    public boolean entry() {
        return kind.equals("server")
                || kind.equals("consumer")
                || (parentSpanId == null && (kind.equals("unspecified") || kind.equals("internal")));
    }
}
