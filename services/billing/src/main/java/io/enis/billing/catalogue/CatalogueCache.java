package io.enis.billing.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Plans (with their charges) by id and metrics by code, read once and then served from memory: both
 * never change once created (a new price is a new plan, a metric's code never changes) and are never
 * deleted, so a row read is valid for ever. Only rows found are kept — a miss asks the database again,
 * so a plan or metric created meanwhile (by this replica or another) is found the next time. The hot
 * paths (usage ingest, period roll-overs, the invoice run) read the same few rows for every event or
 * subscription; this saves those queries. At most {@value #MAX_ENTRIES} entries of each kind (beyond,
 * the cache starts over). Thread-safe.
 *
 * <p>Rows are read in the caller's transaction: a plan created by an uncommitted transaction is seen
 * only by that transaction, and {@link Plans#create} does not read through this cache, so nothing
 * rolled back is ever kept.
 */
public final class CatalogueCache {
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    private final Map<String, Metric> metrics = new ConcurrentHashMap<>();

    /** The plan {@code id}, in the transaction of {@code h} when not cached; empty when there is none. */
    public Optional<Plan> plan(Handle h, String id) {
        return cached(plans, id, i -> Plans.find(h, i));
    }

    /** The metric with {@code code}, in the transaction of {@code h} when not cached; empty when there is none. */
    public Optional<Metric> metric(Handle h, String code) {
        return cached(metrics, code, c -> Metrics.byCode(h, c));
    }

    private static <T> Optional<T> cached(Map<String, T> cache, String key, Function<String, Optional<T>> read) {
        T hit = cache.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        Optional<T> found = read.apply(key);
        found.ifPresent(v -> {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, v);
        });
        return found;
    }
}
