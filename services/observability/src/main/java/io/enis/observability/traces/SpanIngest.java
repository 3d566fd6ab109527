package io.enis.observability.traces;

import java.util.List;

/**
 * {@code POST /v1/traces/span}: parses single spans or OTLP/JSON ({@link SpanParser}) and stores them,
 * all or nothing. Refusals: {@link io.enis.kit.domain.InvalidInputException} naming each invalid field,
 * {@link io.enis.kit.domain.TooLargeException} above {@code maxSpans}.
 */
public final class SpanIngest {
    private final TraceStore store;
    private final TraceForwarder forwarder;
    private final int maxSpans;

    /**
     * @param forwarder gets the spans once stored
     * @param maxSpans  spans per request ({@code MAX_SPANS_PER_REQUEST})
     */
    public SpanIngest(TraceStore store, TraceForwarder forwarder, int maxSpans) {
        this.store = store;
        this.forwarder = forwarder;
        this.maxSpans = maxSpans;
    }

    /** Stores the spans of {@code body} for {@code tenant}; returns how many. */
    public int ingest(String tenant, byte[] body) {
        List<Span> spans = SpanParser.parse(body, maxSpans);
        store.add(tenant, spans);
        forwarder.forward(tenant, spans);
        return spans.size();
    }
}
