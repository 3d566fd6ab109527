package io.enis.constructs.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.constructs.TestStacks;
import io.enis.constructs.testing.Template;
import org.junit.jupiter.api.Test;

class ServiceMonitoringTest {

    @Test
    void monitorRulesAndDashboard() throws Exception {
        var stack = TestStacks.kubernetes();
        var monitoring = new ServiceMonitoring(
                stack,
                "Monitoring",
                ServiceMonitoringProps.builder()
                        .name("billing")
                        .runbookBaseUrl("https://github.com/enis/enis/blob/main/docs/runbooks")
                        .build());
        Template template = Template.synth(stack);

        var manifests = template.resources("kubernetes_manifest").values();
        JsonNode monitor = manifests.stream()
                .filter(m -> m.at("/manifest/kind").asText().equals("ServiceMonitor"))
                .findFirst()
                .orElseThrow();
        assertThat(monitor.at("/manifest/spec/endpoints/0/path").asText()).isEqualTo("/metrics");
        assertThat(monitor.at("/manifest/metadata/labels/release").asText()).isEqualTo("kube-prometheus-stack");

        JsonNode rules = manifests.stream()
                .filter(m -> m.at("/manifest/kind").asText().equals("PrometheusRule"))
                .findFirst()
                .orElseThrow()
                .at("/manifest/spec/groups/0/rules");
        assertThat(rules).hasSize(6);
        for (JsonNode rule : rules) {
            assertThat(rule.at("/labels/severity").asText()).isIn("critical", "warning");
            assertThat(rule.at("/annotations/summary").asText()).isNotBlank();
            assertThat(rule.at("/annotations/description").asText()).isNotBlank();
            assertThat(rule.at("/annotations/runbook_url").asText())
                    .startsWith("https://github.com/enis/enis/blob/main/docs/runbooks/")
                    .endsWith(".md");
        }
        assertThat(monitoring.alerts())
                .extracting(AlertRule::name)
                .containsExactly(
                        "HighErrorRate",
                        "HighLatency",
                        "LatencyP99High",
                        "PodCrashLooping",
                        "PodNotReady",
                        "MemoryNearLimit");
        assertThat(rules.toString()).contains("histogram_quantile(0.95", "> 0.5", "histogram_quantile(0.99", "> 1");

        JsonNode configMap = template.resource("kubernetes_config_map_v1");
        assertThat(configMap.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dashboard =
                new ObjectMapper().readTree(configMap.at("/data/billing.json").asText());
        assertThat(dashboard.path("uid").asText()).isEqualTo("enis-billing");
        assertThat(dashboard.path("panels")).hasSize(6);
    }

    @Test
    void runbookFileNames() {
        assertThat(ServiceAlerts.runbookFile("HighErrorRate")).isEqualTo("high-error-rate.md");
        assertThat(ServiceAlerts.runbookFile("LatencyP99High")).isEqualTo("latency-p99-high.md");
    }
}
