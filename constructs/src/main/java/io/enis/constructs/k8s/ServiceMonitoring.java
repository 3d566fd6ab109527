package io.enis.constructs.k8s;

import com.hashicorp.cdktf.providers.kubernetes.config_map_v1.ConfigMapV1;
import com.hashicorp.cdktf.providers.kubernetes.config_map_v1.ConfigMapV1Config;
import com.hashicorp.cdktf.providers.kubernetes.config_map_v1.ConfigMapV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.manifest.Manifest;
import com.hashicorp.cdktf.providers.kubernetes.manifest.ManifestConfig;
import io.enis.constructs.core.OrderedMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Monitoring of one service by the platform's kube-prometheus-stack: a ServiceMonitor scraping
 * {@code /metrics} every 15 s, a PrometheusRule with the {@link ServiceAlerts} (each with
 * severity, summary, description and a runbook link), and the {@link ServiceDashboard} as a
 * ConfigMap labelled for the Grafana sidecar. The monitoring CRDs must exist when this is planned:
 * the platform stack installs kube-prometheus-stack first.
 */
public final class ServiceMonitoring extends Construct {
    private final List<AlertRule> alerts;

    public ServiceMonitoring(Construct scope, String id, ServiceMonitoringProps props) {
        super(scope, id);
        String name = props.name();
        Map<String, Object> release =
                OrderedMap.of("release", props.prometheusRelease(), "app.kubernetes.io/part-of", "enis");
        new Manifest(
                this,
                "ServiceMonitor",
                ManifestConfig.builder()
                        .manifest(OrderedMap.of(
                                "apiVersion",
                                "monitoring.coreos.com/v1",
                                "kind",
                                "ServiceMonitor",
                                "metadata",
                                OrderedMap.of("name", name, "namespace", name, "labels", release),
                                "spec",
                                OrderedMap.of(
                                        "selector",
                                                OrderedMap.of(
                                                        "matchLabels", OrderedMap.of("app.kubernetes.io/name", name)),
                                        "endpoints",
                                                List.of(OrderedMap.of(
                                                        "port",
                                                        ServiceDeployment.PORT_NAME,
                                                        "path",
                                                        "/metrics",
                                                        "interval",
                                                        "15s",
                                                        "scrapeTimeout",
                                                        "10s")))))
                        .build());

        this.alerts = ServiceAlerts.forService(
                name, props.latencyP95Seconds(), props.latencyP99Seconds(), props.errorRatio());
        List<Object> rules = alerts.stream()
                .<Object>map(alert -> OrderedMap.of(
                        "alert", alert.name(),
                        "expr", alert.expr(),
                        "for", alert.forDuration(),
                        "labels", OrderedMap.of("severity", alert.severity(), "service", name),
                        "annotations",
                                OrderedMap.of(
                                        "summary", alert.summary(),
                                        "description", alert.description(),
                                        "runbook_url", props.runbookBaseUrl() + "/" + alert.runbook())))
                .toList();
        new Manifest(
                this,
                "Rules",
                ManifestConfig.builder()
                        .manifest(OrderedMap.of(
                                "apiVersion",
                                "monitoring.coreos.com/v1",
                                "kind",
                                "PrometheusRule",
                                "metadata",
                                OrderedMap.of("name", name + "-slo", "namespace", name, "labels", release),
                                "spec",
                                OrderedMap.of("groups", List.of(OrderedMap.of("name", name + ".slo", "rules", rules)))))
                        .build());

        new ConfigMapV1(
                this,
                "Dashboard",
                ConfigMapV1Config.builder()
                        .metadata(ConfigMapV1Metadata.builder()
                                .name(name + "-dashboard")
                                .namespace(name)
                                .labels(OrderedMap.strings(
                                        "grafana_dashboard", "1", "app.kubernetes.io/part-of", "enis"))
                                .build())
                        .data(Map.of(
                                name + ".json",
                                ServiceDashboard.json(name, props.latencyP95Seconds(), props.latencyP99Seconds())))
                        .build());
    }

    /** The alert rules this service has (for documentation and tests). */
    public List<AlertRule> alerts() {
        return alerts;
    }
}
