package io.enis.billing.payments;

import io.enis.kit.domain.InvalidInputException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How failed payments are retried: one retry at each of {@code retryOffsets} after the first failed
 * attempt (default 1, 3, 5 and 7 days: five attempts in all), none after a hard decline; the
 * subscription is past due from the first failure; when the retries are exhausted, each of
 * {@code onExhausted} is done (default: cancel the subscription and mark the invoice
 * uncollectible). An unknown outcome (a timeout) is resent with the same idempotency key after
 * {@code unknownRetry} (default 1 hour) and does not count as a failure.
 */
public record DunningPolicy(List<Duration> retryOffsets, Set<FinalAction> onExhausted, Duration unknownRetry) {
    /** What happens when no retry is left. */
    public enum FinalAction {
        CANCEL_SUBSCRIPTION,
        MARK_UNCOLLECTIBLE
    }

    public static final DunningPolicy DEFAULT = new DunningPolicy(
            List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7)),
            EnumSet.of(FinalAction.CANCEL_SUBSCRIPTION, FinalAction.MARK_UNCOLLECTIBLE),
            Duration.ofHours(1));

    /** @throws InvalidInputException on {@code dunning_retry_offsets} unless 0 to 20 increasing positive offsets */
    public DunningPolicy {
        retryOffsets = List.copyOf(retryOffsets);
        if (retryOffsets.size() > 20) {
            throw InvalidInputException.field(
                    "dunning_retry_offsets", retryOffsets.size() + " offsets; allowed: at most 20");
        }
        Duration previous = Duration.ZERO;
        for (Duration d : retryOffsets) {
            if (d.compareTo(previous) <= 0) {
                throw InvalidInputException.field(
                        "dunning_retry_offsets",
                        retryOffsets
                                + " is not allowed; allowed: positive offsets from the first failure, each later than the one before");
            }
            previous = d;
        }
        onExhausted = onExhausted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(onExhausted));
        if (unknownRetry == null || unknownRetry.isNegative() || unknownRetry.isZero()) {
            throw InvalidInputException.field(
                    "dunning_unknown_retry", unknownRetry + " is not allowed; allowed: a positive duration");
        }
    }
}
