package io.enis.kit.limits;

import io.enis.kit.auth.Authenticator;
import io.enis.kit.auth.Principal;
import io.enis.kit.http.ProblemException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-API-key token buckets (Bucket4j): a key may burst up to its per-minute limit and refills
 * continuously at that rate. A key's own {@code rateLimitPerMinute} wins over the service default.
 * Over the limit: 429 problem+json with {@code Retry-After} (seconds until one token is back).
 * Every limited response carries {@code RateLimit-Limit} and {@code RateLimit-Remaining}.
 */
public final class RateLimiter {
    private final int defaultPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param defaultPerMinute {@code RATE_LIMIT_PER_MINUTE} */
    public RateLimiter(int defaultPerMinute) {
        this.defaultPerMinute = defaultPerMinute;
    }

    /** Before-matched handler, after authentication: spends one token of the caller's bucket. */
    public void check(Context ctx) {
        Principal principal = Authenticator.optionalPrincipal(ctx).orElse(null);
        if (principal == null) {
            return;
        }
        int limit = principal.rateLimitPerMinute() > 0 ? principal.rateLimitPerMinute() : defaultPerMinute;
        Bucket bucket = buckets.computeIfAbsent(principal.keyId() + "/" + limit, k -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        ctx.header("RateLimit-Limit", String.valueOf(limit));
        ctx.header("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
            throw ProblemException.tooManyRequests(
                    "rate-limited",
                    "API key " + principal.keyId() + " is over its limit of " + limit + " requests per minute",
                    seconds);
        }
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
