package io.enis.constructs.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelmChartTest {
    record Values(Server server, List<String> args) {}

    record Server(int replicas, String retention) {}

    @Test
    void pinnedAtomicReleaseWithTypedValues() throws Exception {
        var stack = TestStacks.kubernetes();
        new HelmChart(
                stack,
                "Metrics",
                HelmChartProps.builder()
                        .releaseName("metrics-server")
                        .namespace("kube-system")
                        .repository("https://kubernetes-sigs.github.io/metrics-server")
                        .chart("metrics-server")
                        .version("3.12.0")
                        .values(new Values(new Server(2, "30d"), List.of("--kubelet-insecure-tls=false")))
                        .build());
        JsonNode release = Template.synth(stack).resource("helm_release");
        assertThat(release.path("version").asText()).isEqualTo("3.12.0");
        assertThat(release.path("atomic").asBoolean()).isTrue();
        assertThat(release.path("cleanup_on_fail").asBoolean()).isTrue();
        assertThat(release.path("timeout").asInt()).isEqualTo(600);
        JsonNode values = new ObjectMapper().readTree(release.at("/values/0").asText());
        assertThat(values.at("/server/replicas").asInt()).isEqualTo(2);
        assertThat(values.at("/server/retention").asText()).isEqualTo("30d");
    }

    @Test
    void refusesVersionRanges() {
        assertThatThrownBy(() -> HelmChartProps.builder()
                        .releaseName("x")
                        .namespace("x")
                        .repository("https://charts.example.com")
                        .chart("x")
                        .version("^1.2.0")
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage(
                        "HelmChartProps.version: '^1.2.0' is not allowed; use an exact chart version such as 56.6.2, never a range");
    }
}
