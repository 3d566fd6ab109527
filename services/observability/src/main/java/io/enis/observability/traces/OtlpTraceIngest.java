package io.enis.observability.traces;

import io.enis.observability.otlp.OtlpException;
import io.enis.observability.otlp.Rejection;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

/**
 * An OTLP trace export ({@code POST /v1/traces}): the spans that map ({@link OtlpSpans}) are stored, the
 * others are counted in {@code partialSuccess.rejectedSpans} with the reasons in its
 * {@code errorMessage} (OTLP's partial success: the exporter does not retry them). An empty export
 * succeeds and stores nothing.
 */
public final class OtlpTraceIngest {
    private final TraceStore store;
    private final TraceForwarder forwarder;
    private final int maxSpans;

    /** @param maxSpans the most spans per export ({@code MAX_SPANS_PER_REQUEST}) */
    /** @param forwarder gets the spans once stored */
    public OtlpTraceIngest(TraceStore store, TraceForwarder forwarder, int maxSpans) {
        this.store = store;
        this.forwarder = forwarder;
        this.maxSpans = maxSpans;
    }

    /**
     * Stores the valid spans of {@code request} for {@code tenant}.
     *
     * @throws OtlpException TOO_LARGE (nothing stored) above {@code maxSpans} spans
     */
    public ExportTraceServiceResponse export(String tenant, ExportTraceServiceRequest request) throws OtlpException {
        int count = OtlpSpans.count(request);
        if (count > maxSpans) {
            throw new OtlpException(
                    OtlpException.Kind.TOO_LARGE,
                    "resourceSpans",
                    "at most " + maxSpans + " spans per export (MAX_SPANS_PER_REQUEST); got " + count
                            + " — lower the exporter's batch size");
        }
        OtlpSpans.Mapped mapped = OtlpSpans.map(request);
        if (!mapped.spans().isEmpty()) {
            store.add(tenant, mapped.spans());
            forwarder.forward(tenant, mapped.spans());
        }
        var response = ExportTraceServiceResponse.newBuilder();
        if (!mapped.rejected().isEmpty()) {
            response.setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                    .setRejectedSpans(Rejection.count(mapped.rejected()))
                    .setErrorMessage(Rejection.summary(mapped.rejected(), mapped.total(), "spans")));
        }
        return response.build();
    }
}
