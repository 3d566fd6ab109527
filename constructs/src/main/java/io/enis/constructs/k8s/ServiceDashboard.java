package io.enis.constructs.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Grafana dashboard (JSON model) of one service: traffic, errors, latency percentiles against
 * the SLO lines, pods, CPU and memory against limits. Built with Jackson, never by string
 * concatenation; the uid is stable per service so re-applying updates the same dashboard.
 */
public final class ServiceDashboard {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceDashboard() {}

    /** The dashboard JSON for the service in {@code namespace}. */
    public static String json(String namespace, double p95Seconds, double p99Seconds) {
        String in = "namespace=\"" + namespace + "\"";
        ObjectNode dashboard = JSON.createObjectNode()
                .put("uid", "enis-" + namespace)
                .put("title", "ENIS / " + namespace)
                .put("schemaVersion", 39)
                .put("refresh", "30s")
                .put("timezone", "utc");
        dashboard.putArray("tags").add("enis").add(namespace);
        dashboard.putObject("time").put("from", "now-6h").put("to", "now");
        ArrayNode panels = dashboard.putArray("panels");
        panel(
                panels,
                0,
                "Requests per second",
                "reqps",
                "sum by (status) (rate(http_server_requests_seconds_count{" + in + "}[5m]))");
        panel(
                panels,
                1,
                "Error ratio (5xx)",
                "percentunit",
                "sum(rate(http_server_requests_seconds_count{" + in
                        + ",status=~\"5..\"}[5m])) / sum(rate(http_server_requests_seconds_count{" + in + "}[5m]))");
        panel(
                panels,
                2,
                "Latency p50 / p95 / p99 (SLO p95 " + p95Seconds + " s, p99 " + p99Seconds + " s)",
                "s",
                "histogram_quantile(0.5, sum by (le) (rate(http_server_requests_seconds_bucket{" + in + "}[5m])))",
                "histogram_quantile(0.95, sum by (le) (rate(http_server_requests_seconds_bucket{" + in + "}[5m])))",
                "histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{" + in + "}[5m])))");
        panel(panels, 3, "Ready pods", "short", "sum(kube_pod_status_ready{" + in + ",condition=\"true\"})");
        panel(
                panels,
                4,
                "CPU (cores) vs limit",
                "short",
                "sum by (pod) (rate(container_cpu_usage_seconds_total{" + in + ",container!=\"\"}[5m]))",
                "sum by (pod) (kube_pod_container_resource_limits{" + in + ",resource=\"cpu\"})");
        panel(
                panels,
                5,
                "Memory vs limit",
                "bytes",
                "sum by (pod) (container_memory_working_set_bytes{" + in + ",container!=\"\"})",
                "sum by (pod) (kube_pod_container_resource_limits{" + in + ",resource=\"memory\"})");
        return dashboard.toString();
    }

    private static void panel(ArrayNode panels, int index, String title, String unit, String... queries) {
        ObjectNode panel = panels.addObject()
                .put("id", index + 1)
                .put("type", "timeseries")
                .put("title", title);
        panel.putObject("gridPos")
                .put("x", (index % 2) * 12)
                .put("y", (index / 2) * 8)
                .put("w", 12)
                .put("h", 8);
        panel.putObject("datasource").put("type", "prometheus").put("uid", "prometheus");
        panel.putObject("fieldConfig").putObject("defaults").put("unit", unit);
        ArrayNode targets = panel.putArray("targets");
        for (int i = 0; i < queries.length; i++) {
            targets.addObject().put("refId", String.valueOf((char) ('A' + i))).put("expr", queries[i]);
        }
    }
}
