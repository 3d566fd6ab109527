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
 *
 * <p>Routes without a key that carry a {@link ClientLimit} are limited per client address instead
 * ({@link ClientAddress#of(Context)}, resolved once per request: the TCP peer's address, or behind a trusted
 * proxy the right-most untrusted address of {@code X-Forwarded-For}; with no proxy trusted, every client behind
 * a proxy shares the proxy's budget), one bucket per route and address, with the same 429 problem.
 * At most {@link #MAX_CLIENTS} addresses are tracked; beyond that the per-address buckets start
 * over, so a flood of spoofed addresses costs memory no more than that.
 */
public final class RateLimiter {
    /** Client addresses tracked at most before the per-address buckets are reset. */
    public static final int MAX_CLIENTS = 100_000;

    private final int defaultPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    /**
     * @param defaultPerMinute {@code RATE_LIMIT_PER_MINUTE}
     */
    public RateLimiter(int defaultPerMinute) {
        this.defaultPerMinute = defaultPerMinute;
    }

    /**
     * Before-matched handler, after authentication: spends one token of the caller's bucket — the API
     * key's, or the client address's on a route with a {@link ClientLimit}; other routes are not limited.
     *
     * @throws ProblemException 429 with {@code Retry-After} when the bucket is empty
     */
    public void check(Context ctx) {
        Principal principal = Authenticator.optionalPrincipal(ctx).orElse(null);
        if (principal == null) {
            checkClient(ctx);
            return;
        }
        int limit = principal.rateLimitPerMinute() > 0 ? principal.rateLimitPerMinute() : defaultPerMinute;
        Bucket bucket = buckets.computeIfAbsent(principal.keyId() + "/" + limit, k -> newBucket(limit));
        spend(
                ctx,
                bucket,
                limit,
                "API key " + principal.keyId() + " is over its limit of " + limit + " requests per minute");
    }

    private void checkClient(Context ctx) {
        ClientLimit limit = ctx.routeRoles().stream()
                .filter(ClientLimit.class::isInstance)
                .map(ClientLimit.class::cast)
                .findFirst()
                .orElse(null);
        if (limit == null) {
            return;
        }
        String address = ClientAddress.of(ctx);
        if (clients.size() >= MAX_CLIENTS) {
            clients.clear();
        }
        Bucket bucket = clients.computeIfAbsent(
                ctx.endpoint().path + " " + address + "/" + limit.perMinute(), k -> newBucket(limit.perMinute()));
        spend(
                ctx,
                bucket,
                limit.perMinute(),
                "client " + address + " is over the limit of " + limit.perMinute()
                        + " requests per minute on this endpoint");
    }

    private static void spend(Context ctx, Bucket bucket, int limit, String overLimit) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        ctx.header("RateLimit-Limit", String.valueOf(limit));
        ctx.header("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
            throw ProblemException.tooManyRequests("rate-limited", overLimit, seconds);
        }
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
