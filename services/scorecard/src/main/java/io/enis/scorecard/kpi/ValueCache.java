package io.enis.scorecard.kpi;

import io.enis.scorecard.memo.Lru;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * KPIs' values held in memory by their data watermark (the KPI's {@code values_revision}, raised in
 * the transaction of every write to its values, on any replica): a view asks the database for the
 * revisions (one small query) and reads values only for the KPIs whose revision moved or whose held
 * values start too late. Values loaded are kept only when the revision read after loading them is the
 * one read before (no write committed in between), so what is held is exactly what the database held at
 * that revision. Bounded by the number of values held ({@code maxPoints}), least recently used dropped.
 * Thread-safe.
 */
public final class ValueCache {
    /** The default bound: a million values (~24 MB), e.g. 2,700 KPIs with a year of daily values. */
    public static final long DEFAULT_MAX_POINTS = 1_000_000;

    private final KpiStore store;
    private final Lru<String, StoredValues> held;

    /** @param maxPoints the most values held over all KPIs; 0 holds none (every view reads them all) */
    public ValueCache(KpiStore store, long maxPoints) {
        this.store = store;
        this.held = new Lru<>(maxPoints, StoredValues::size);
    }

    /**
     * Every value of each KPI of {@code fromById} from its time (epoch ms) on, as the database holds them
     * now. An id the database does not know maps to an empty set.
     */
    public Map<String, StoredValues> values(Handle h, Map<String, Long> fromById) {
        Map<String, Long> before = store.revisions(h, fromById.keySet());
        Map<String, StoredValues> out = new HashMap<>();
        Map<String, Long> missing = new HashMap<>();
        for (var e : fromById.entrySet()) {
            StoredValues v = held.get(e.getKey());
            Long revision = before.get(e.getKey());
            if (v != null && revision != null && v.revision() == revision && v.fromMs() <= e.getValue()) {
                out.put(e.getKey(), v);
            } else {
                // a dashboard over a longer range loaded earlier: keep its start, so two ranges do not evict each other
                missing.put(e.getKey(), v == null ? e.getValue() : Math.min(e.getValue(), v.fromMs()));
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Map<String, StoredValues.Builder> loaded = store.valuesFrom(h, missing, before);
        Map<String, Long> after = store.revisions(h, missing.keySet());
        for (var e : loaded.entrySet()) {
            StoredValues.Builder b = e.getValue();
            Long now = after.get(e.getKey());
            boolean unchanged = now != null && now == b.revision();
            StoredValues v = b.build(unchanged ? b.revision() : -1);
            if (unchanged) {
                held.put(e.getKey(), v);
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    /** KPIs whose values are held now. */
    public int size() {
        return held.size();
    }
}
