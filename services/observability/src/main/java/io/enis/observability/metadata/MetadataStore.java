package io.enis.observability.metadata;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Metric metadata per tenant and metric family name, as the ingest paths received it: remote write's
 * {@code metadata} and the text format's {@code # TYPE} / {@code # HELP} lines. The newest
 * statement about a family replaces the previous one.
 *
 * <p>Kept in memory only: senders repeat it (Prometheus every {@code metadata_config.send_interval},
 * 1m by default; a scrape-format push with every body), so after a restart it is back within a
 * minute. At most {@code maxPerTenant} families per tenant are kept; statements about further
 * families are ignored (the samples are still stored), so a sender cannot grow it without bound.
 */
public final class MetadataStore {
    private final Map<String, Map<String, MetricMetadata>> tenants = new ConcurrentHashMap<>();
    private final int maxPerTenant;

    /** @param maxPerTenant most families remembered per tenant */
    public MetadataStore(int maxPerTenant) {
        this.maxPerTenant = maxPerTenant;
    }

    /** Records what a batch said about its families (replacing what was known about them). */
    public void record(String tenant, Map<String, MetricMetadata> families) {
        if (families.isEmpty()) {
            return;
        }
        Map<String, MetricMetadata> known = tenants.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
        families.forEach((name, metadata) -> {
            if (known.containsKey(name) || known.size() < maxPerTenant) {
                known.put(name, metadata);
            }
        });
    }

    /** Every family of a tenant with its metadata, sorted by name. */
    public SortedMap<String, MetricMetadata> all(String tenant) {
        return new TreeMap<>(tenants.getOrDefault(tenant, Map.of()));
    }
}
