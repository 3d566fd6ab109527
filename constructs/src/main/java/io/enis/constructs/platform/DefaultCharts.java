package io.enis.constructs.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Helm charts {@link ClusterAddons} installs unless told otherwise, each pinned to an exact
 * version that was synthesized and checked together with the add-ons' values; keyed by
 * {@link ClusterAddons#CHART_KEYS} (each key is the chart's name). Try an upgrade with
 * {@link #withVersions(Map)} (e.g. in one environment first), then change the pin here.
 */
public final class DefaultCharts {
    private static final Map<String, ChartRef> PINNED = pin(
            chart("https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "56.6.2"),
            chart("https://open-telemetry.github.io/opentelemetry-helm-charts", "opentelemetry-collector", "0.80.1"),
            chart("https://jaegertracing.github.io/helm-charts", "jaeger", "1.0.0"),
            chart("https://kubernetes-sigs.github.io/metrics-server", "metrics-server", "3.12.0"),
            chart("https://aws.github.io/eks-charts", "aws-load-balancer-controller", "1.7.1"),
            chart("https://charts.external-secrets.io", "external-secrets", "0.9.13"),
            chart("https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.35.0"),
            chart("https://vmware-tanzu.github.io/helm-charts", "velero", "5.4.1"),
            // Grafana Mimir 2.13; installed only with a MetricsEngine (observability's remote backend)
            chart("https://grafana.github.io/helm-charts", "mimir-distributed", "5.4.0"),
            // applies plain manifests through Helm, so that custom resources (SecretStores,
            // ExternalSecrets) are created at apply time and planning does not need their CRDs
            chart("https://bedag.github.io/helm-charts", ClusterAddons.RAW_CHART, "2.0.0"));

    private DefaultCharts() {}

    /** Every pinned chart by key, in a stable order; unmodifiable. */
    public static Map<String, ChartRef> pinned() {
        return PINNED;
    }

    /** The keys of {@link #pinned()}. */
    public static Set<String> keys() {
        return PINNED.keySet();
    }

    /**
     * The pinned charts with some versions replaced.
     *
     * @param versions chart key → exact version; empty for the pins as they are
     * @throws IllegalArgumentException for a key that is not pinned, naming the known keys
     */
    public static Map<String, ChartRef> withVersions(Map<String, String> versions) {
        Map<String, ChartRef> result = new LinkedHashMap<>(PINNED);
        versions.forEach((key, version) -> {
            ChartRef chart = PINNED.get(key);
            if (chart == null) {
                throw new IllegalArgumentException(
                        "unknown chart '" + key + "'; allowed: " + String.join(", ", PINNED.keySet()));
            }
            result.put(key, chart.atVersion(version));
        });
        return Collections.unmodifiableMap(result);
    }

    private static ChartRef chart(String repository, String chart, String version) {
        return ChartRef.builder()
                .repository(repository)
                .chart(chart)
                .version(version)
                .build();
    }

    private static Map<String, ChartRef> pin(ChartRef... charts) {
        Map<String, ChartRef> byKey = new LinkedHashMap<>();
        for (ChartRef chart : charts) {
            byKey.put(chart.chart(), chart);
        }
        return Collections.unmodifiableMap(byKey);
    }
}
