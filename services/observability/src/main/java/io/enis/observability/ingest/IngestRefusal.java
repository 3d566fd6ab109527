package io.enis.observability.ingest;

import io.enis.kit.http.Problem.FieldError;
import io.enis.kit.http.ProblemException;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import java.util.List;

/** The 422 problem for a batch the store refused, naming the refused samples as the request placed them. */
final class IngestRefusal {
    private IngestRefusal() {
    }

    /** @param result a result that is not {@link IngestResult#ok()} */
    static ProblemException problem(IngestResult result, MetricBatch batch) {
        List<FieldError> errors = result.rejected().stream().limit(50)
                .map(r -> new FieldError(batch.origin().apply(r.index()), r.reason())).toList();
        if (result.seriesLimitReached()) {
            String limit = result.rejected().stream().filter(r -> r.index() < 0).findFirst().orElseThrow().reason();
            return ProblemException.unprocessable("series-limit", "Series limit reached",
                    limit + " (MAX_SERIES_PER_TENANT); nothing was stored", errors);
        }
        return ProblemException.unprocessable("samples-rejected", "Samples rejected",
                result.rejected().size() + " of " + batch.samples().size() + " samples refused; nothing was stored", errors);
    }
}
