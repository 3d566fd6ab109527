package io.enis.constructs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultChartsTest {

    @Test
    void everyChartTheAddonsNeedIsPinnedToAnExactVersion() {
        assertThat(DefaultCharts.keys()).containsExactlyInAnyOrderElementsOf(ClusterAddons.CHART_KEYS);
        DefaultCharts.pinned().values().forEach(chart -> {
            assertThat(chart.repository()).startsWith("https://");
            assertThat(chart.version()).matches("\\d+\\.\\d+\\.\\d+");
        });
        assertThat(DefaultCharts.pinned().get("raw").repository()).isEqualTo("https://bedag.github.io/helm-charts");
    }

    @Test
    void withVersionsReplacesOnlyTheVersionsGiven() {
        Map<String, ChartRef> charts = DefaultCharts.withVersions(Map.of("jaeger", "1.1.0"));
        assertThat(charts.get("jaeger")).isEqualTo(new ChartRef("https://jaegertracing.github.io/helm-charts", "jaeger", "1.1.0"));
        assertThat(charts.get("velero")).isEqualTo(DefaultCharts.pinned().get("velero"));
        assertThat(DefaultCharts.pinned().get("jaeger").version()).isEqualTo("1.0.0");
    }

    @Test
    void anUnknownChartIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> DefaultCharts.withVersions(Map.of("grafana", "7.0.0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown chart 'grafana'; allowed: kube-prometheus-stack, ");
    }
}
