package io.enis.constructs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterAddonsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> releasesByName(Template template) {
        return template.resources("helm_release").values().stream()
                .collect(Collectors.toMap(release -> release.path("name").asText(), release -> release));
    }

    private static JsonNode values(JsonNode release) throws Exception {
        return JSON.readTree(release.at("/values/0").asText());
    }

    @Test
    void withoutChartsEveryAddonIsInstalledFromTheLibrarysPins() {
        var fixture = new AddonsFixture();
        fixture.addons();
        Map<String, JsonNode> releases = releasesByName(Template.synth(fixture.stack));

        assertThat(releases).containsKeys("external-secrets", "metrics-server", "aws-load-balancer-controller",
                "cluster-autoscaler", "velero", "kube-prometheus-stack", "opentelemetry-collector", "jaeger");
        releases.values().forEach(release -> {
            ChartRef pinned = DefaultCharts.pinned().get(release.path("chart").asText());
            assertThat(pinned).as("chart of release %s", release.path("name").asText()).isNotNull();
            assertThat(release.path("repository").asText()).isEqualTo(pinned.repository());
            assertThat(release.path("version").asText()).isEqualTo(pinned.version());
        });
    }

    @Test
    void defaultsAreThoseDocumented() throws Exception {
        var fixture = new AddonsFixture();
        fixture.addons();
        Map<String, JsonNode> releases = releasesByName(Template.synth(fixture.stack));

        JsonNode prometheus = values(releases.get("kube-prometheus-stack")).at("/prometheus/prometheusSpec");
        assertThat(prometheus.path("retention").asText()).isEqualTo("30d");
        assertThat(prometheus.path("scrapeInterval").asText()).isEqualTo("15s");
        assertThat(values(releases.get("external-secrets")).path("installCRDs").asBoolean()).isTrue();
        // no trace destination: the collector exports to Jaeger only, and needs no API key secret
        JsonNode exporters = values(releases.get("opentelemetry-collector")).at("/config/exporters");
        assertThat(exporters.fieldNames()).toIterable().containsExactly("otlp/jaeger");
        assertThat(releases).doesNotContainKey("tracing-secrets");
    }

    @Test
    void chartVersionsCanBeOverriddenOneByOne() {
        var fixture = new AddonsFixture();
        new ClusterAddons(fixture.stack, "Addons", fixture.required()
                .charts(DefaultCharts.withVersions(Map.of("jaeger", "1.1.0"))).build());
        Map<String, JsonNode> releases = releasesByName(Template.synth(fixture.stack));
        assertThat(releases.get("jaeger").path("version").asText()).isEqualTo("1.1.0");
        assertThat(releases.get("velero").path("version").asText()).isEqualTo(DefaultCharts.pinned().get("velero").version());
    }

    @Test
    void whatUsesExternalSecretsCrdsWaitsForIt() {
        var fixture = new AddonsFixture();
        var addons = fixture.addons();
        Map<String, JsonNode> releases = releasesByName(Template.synth(fixture.stack));
        assertThat(releases.get("monitoring-secrets").path("depends_on").toString()).contains("helm_release.Addons_ExternalSecrets");
        assertThat(addons.externalSecrets()).isNotNull();
        assertThat(addons.cluster()).isSameAs(fixture.cluster);
    }

    @Test
    void badPropsNameTheField() {
        var fixture = new AddonsFixture();
        assertThatThrownBy(() -> fixture.required().receivers(List.of()).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("ClusterAddonsProps.receivers: must contain at least one entry");
        assertThatThrownBy(() -> fixture.required().charts(Map.of("raw", DefaultCharts.pinned().get("raw"))).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageStartingWith("ClusterAddonsProps.charts: lacks [external-secrets, metrics-server,");
        assertThatThrownBy(() -> fixture.required().backupSchedule("daily").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("ClusterAddonsProps.backupSchedule: 'daily' is not allowed; use a five-field cron expression");
        assertThatThrownBy(() -> fixture.required().scrapeIntervalSeconds(1).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("ClusterAddonsProps.scrapeIntervalSeconds: is 1; allowed: 5..300");
    }
}
