package io.enis.observability.ingest;

import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.TooLargeException;
import io.enis.kit.domain.Violation;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import java.util.List;

/**
 * A Prometheus remote-write body ({@code POST /v1/metrics/write}, headers already checked): decoded by
 * {@link RemoteWriteDecoder} and stored all or nothing. Refusals: {@link InvalidInputException} (not
 * snappy, not a WriteRequest, invalid names), {@link TooLargeException} (over the limits), {@link
 * io.enis.kit.domain.UnprocessableException} (the store refused samples), {@link
 * io.enis.kit.domain.UnavailableException} (the log cannot be written).
 */
public final class RemoteWriteIngest {
    private final RemoteWriteDecoder decoder;
    private final MetricsIngest ingest;

    public RemoteWriteIngest(RemoteWriteDecoder decoder, MetricsIngest ingest) {
        this.decoder = decoder;
        this.ingest = ingest;
    }

    /** Decodes and stores {@code body} for {@code tenant}. */
    public void store(String tenant, byte[] body) {
        MetricBatch batch;
        try {
            batch = decoder.decode(body);
        } catch (RemoteWriteException e) {
            throw refusal(e);
        }
        IngestResult result = ingest.ingest(tenant, batch);
        if (!result.ok()) {
            throw IngestRefusal.of(result, batch);
        }
    }

    private static RuntimeException refusal(RemoteWriteException e) {
        List<Violation> errors = e.violations().stream().map(v -> new Violation(v.field(), v.message())).toList();
        return switch (e.kind()) {
            case TOO_LARGE -> new TooLargeException(e.getMessage(), errors);
            case MALFORMED -> new InvalidInputException(e.getMessage() + "; nothing was stored", errors);
        };
    }
}
