package io.enis.stacks.addons;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Helm charts of the cluster add-ons, pinned in one place ({@code charts.yaml} beside this
 * class), with per-environment version overrides ({@code addons.chartVersions} of an environment
 * file).
 */
public final class ChartCatalog {
    private static final ChartCatalog PINNED = load();

    private final Map<String, Chart> charts;

    private ChartCatalog(Map<String, Chart> charts) {
        this.charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
    }

    /**
     * One pinned chart.
     *
     * @param repository the chart repository URL
     * @param chart the chart name in the repository
     * @param version the exact chart version
     */
    public record Chart(String repository, String chart, String version) {
    }

    /** The charts as pinned in {@code charts.yaml}. */
    public static ChartCatalog pinned() {
        return PINNED;
    }

    /** The chart keys, e.g. {@code kube-prometheus-stack}. */
    public Set<String> keys() {
        return charts.keySet();
    }

    /**
     * This catalog with some versions replaced.
     *
     * @throws IllegalArgumentException for a key not in the catalog (environment validation
     *     reports these first, naming the file and field)
     */
    public ChartCatalog withVersions(Map<String, String> overrides) {
        Map<String, Chart> result = new LinkedHashMap<>(charts);
        overrides.forEach((key, version) -> {
            Chart chart = chart(key);
            result.put(key, new Chart(chart.repository(), chart.chart(), version));
        });
        return new ChartCatalog(result);
    }

    /**
     * The chart of a key.
     *
     * @throws IllegalArgumentException naming the known keys
     */
    public Chart chart(String key) {
        Chart chart = charts.get(key);
        if (chart == null) {
            throw new IllegalArgumentException("unknown chart '" + key + "'; allowed: " + String.join(", ", charts.keySet()));
        }
        return chart;
    }

    private static ChartCatalog load() {
        try (InputStream in = ChartCatalog.class.getResourceAsStream("charts.yaml")) {
            if (in == null) {
                throw new IllegalStateException("charts.yaml missing from the classpath");
            }
            Map<String, Chart> charts = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<LinkedHashMap<String, Chart>>() { });
            return new ChartCatalog(charts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read charts.yaml", e);
        }
    }
}
