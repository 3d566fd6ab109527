package io.enis.scorecard.pull;

import java.time.Instant;

/**
 * A PromQL source and where its pulls stand, as {@code GET /v1/analytics/kpis/{id}} shows it.
 *
 * @param source        the query, its interval and unit
 * @param lastPullAt    the last attempt, null before the first
 * @param watermark     the evaluation time of the last value pulled (the KPI's data watermark), null before
 * @param lastValue     the last value pulled, in the KPI's unit
 * @param lastError     why the last attempt gave no value; null when it did
 * @param nextPullAt    when it is due next (a source whose observability was unreachable stays due)
 * @param stale         whether the KPI's value is not from its latest due pull: the last attempt failed, none
 *                      succeeded yet, or the last success is more than two intervals old
 */
public record SourceStatus(
        PromQlSource source,
        Instant lastPullAt,
        Instant watermark,
        Double lastValue,
        String lastError,
        Instant nextPullAt,
        boolean stale) {

    static SourceStatus of(SourceStore.Row r, Instant now) {
        boolean stale = r.lastError() != null
                || r.lastSuccessAt() == null
                || r.lastSuccessAt().plus(r.source().every().multipliedBy(2)).isBefore(now);
        return new SourceStatus(
                r.source(), r.lastAttemptAt(), r.lastSuccessAt(), r.lastValue(), r.lastError(), r.nextPullAt(), stale);
    }
}
