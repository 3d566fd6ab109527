package io.enis.constructs.k8s;

import java.util.List;
import java.util.Locale;

/**
 * The alerts every service gets: its SLOs from seed 000 (p95 latency below 500 ms, p99 below 1 s,
 * error rate) and the workload alerts of seed 003 (crash loops, pods not ready, memory near the
 * limit). Request metrics are Micrometer's {@code http_server_requests_seconds} histogram, which
 * the service kit exposes on {@code /metrics}; pod metrics come from kube-state-metrics and cAdvisor.
 */
public final class ServiceAlerts {
    private ServiceAlerts() {}

    /**
     * The rules for the service in {@code namespace}.
     *
     * @param p95Seconds HighLatency threshold (seed 000: 0.5)
     * @param p99Seconds LatencyP99High threshold (seed 000: 1)
     * @param errorRatio HighErrorRate threshold, share of 5xx responses (e.g. 0.01)
     */
    public static List<AlertRule> forService(
            String namespace, double p95Seconds, double p99Seconds, double errorRatio) {
        String requests = "http_server_requests_seconds";
        String in = "namespace=\"" + namespace + "\"";
        String rate = "sum(rate(" + requests + "_count{" + in + "}[5m]))";
        String errors = "sum(rate(" + requests + "_count{" + in + ",status=~\"5..\"}[5m]))";
        return List.of(
                rule(
                        "HighErrorRate",
                        errors + " / " + rate + " > " + number(errorRatio),
                        "5m",
                        "critical",
                        namespace + ": more than " + percent(errorRatio) + " of requests fail",
                        "{{ $value | humanizePercentage }} of " + namespace
                                + " requests returned 5xx over the last 5 minutes."),
                rule(
                        "HighLatency",
                        quantile(0.95, requests, in) + " > " + number(p95Seconds),
                        "10m",
                        "warning",
                        namespace + ": p95 latency above " + millis(p95Seconds) + " (SLO)",
                        "The 95th percentile of " + namespace + " request latency is {{ $value | humanizeDuration }}."),
                rule(
                        "LatencyP99High",
                        quantile(0.99, requests, in) + " > " + number(p99Seconds),
                        "10m",
                        "critical",
                        namespace + ": p99 latency above " + millis(p99Seconds) + " (SLO)",
                        "The 99th percentile of " + namespace + " request latency is {{ $value | humanizeDuration }}."),
                rule(
                        "PodCrashLooping",
                        "increase(kube_pod_container_status_restarts_total{" + in + "}[15m]) > 3",
                        "5m",
                        "critical",
                        namespace + ": a container keeps restarting",
                        "Container {{ $labels.container }} of pod {{ $labels.pod }} restarted {{ $value }} times in 15 minutes."),
                rule(
                        "PodNotReady",
                        "sum by (pod) (kube_pod_status_ready{" + in + ",condition=\"false\"}) > 0",
                        "10m",
                        "warning",
                        namespace + ": a pod is not ready",
                        "Pod {{ $labels.pod }} has not been ready for 10 minutes."),
                rule(
                        "MemoryNearLimit",
                        "max by (pod, container) (container_memory_working_set_bytes{" + in + ",container!=\"\"} "
                                + "/ on (namespace, pod, container) kube_pod_container_resource_limits{" + in
                                + ",resource=\"memory\"}) > 0.9",
                        "10m",
                        "warning",
                        namespace + ": a container uses more than 90% of its memory limit",
                        "Container {{ $labels.container }} of pod {{ $labels.pod }} is at {{ $value | humanizePercentage }} of its memory limit."));
    }

    private static String quantile(double q, String requests, String in) {
        return "histogram_quantile(" + q + ", sum by (le) (rate(" + requests + "_bucket{" + in + "}[5m])))";
    }

    private static AlertRule rule(
            String name, String expr, String forDuration, String severity, String summary, String description) {
        return new AlertRule(name, expr, forDuration, severity, summary, description, runbookFile(name));
    }

    /** {@code HighErrorRate} → {@code high-error-rate.md}. */
    public static String runbookFile(String alert) {
        return alert.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".md";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String millis(double seconds) {
        return Math.round(seconds * 1000) + " ms";
    }

    private static String percent(double ratio) {
        return number(ratio * 100) + "%";
    }
}
