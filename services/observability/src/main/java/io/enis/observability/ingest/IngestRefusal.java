package io.enis.observability.ingest;

import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import java.util.List;

/** The refusal of a batch the store refused (422), naming the refused samples as the request placed them. */
final class IngestRefusal {
    private IngestRefusal() {
    }

    /**
     * @param result a result that is not {@link IngestResult#ok()}
     * @return {@code series-limit} when the tenant's series limit was reached, else {@code samples-rejected};
     *         at most the first 50 samples are named
     */
    static UnprocessableException of(IngestResult result, MetricBatch batch) {
        List<Violation> errors = result.rejected().stream().limit(50)
                .map(r -> new Violation(batch.origin().apply(r.index()), r.reason())).toList();
        if (result.seriesLimitReached()) {
            String limit = result.rejected().stream().filter(r -> r.index() < 0).findFirst().orElseThrow().reason();
            return new UnprocessableException("series-limit", "Series limit reached",
                    limit + " (MAX_SERIES_PER_TENANT); nothing was stored", errors);
        }
        return new UnprocessableException("samples-rejected", "Samples rejected",
                result.rejected().size() + " of " + batch.samples().size() + " samples refused; nothing was stored", errors);
    }
}
