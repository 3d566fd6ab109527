package io.enis.stacks.environment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.constructs.aws.network.NatGateways;
import io.enis.constructs.k8s.LoadBalancerScheme;
import io.enis.constructs.platform.AlertReceiverType;
import io.enis.constructs.platform.AlertSeverity;
import io.enis.stacks.TestEnvironments;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingsTest {

    @Test
    void theFilesSpellingsBecomeTheConstructsEnums() {
        Environment dev = TestEnvironments.load("dev");
        assertThat(dev.network().natGateways()).isEqualTo(NatGateways.ONE);
        assertThat(dev.ingress().scheme()).isEqualTo(LoadBalancerScheme.INTERNAL);
        Environment prod = TestEnvironments.load("prod");
        assertThat(prod.network().natGateways()).isEqualTo(NatGateways.PER_AZ);
        assertThat(prod.ingress().scheme()).isEqualTo(LoadBalancerScheme.INTERNET_FACING);
        assertThat(prod.addons().alerting().receivers().get(0).type()).isEqualTo(AlertReceiverType.PAGERDUTY);
        assertThat(prod.addons().alerting().receivers().get(1).severities())
                .isEqualTo(List.of(AlertSeverity.CRITICAL, AlertSeverity.WARNING));
    }

    @Test
    void anEnvironmentWrittenOutShowsTheFilesSpellings() {
        JsonNode prod = new ObjectMapper().valueToTree(TestEnvironments.load("prod"));
        assertThat(prod.at("/network/natGateways").asText()).isEqualTo("perAz");
        assertThat(prod.at("/ingress/scheme").asText()).isEqualTo("internet-facing");
        assertThat(prod.at("/observability/metricsBackend").asText()).isEqualTo("remote");
        assertThat(prod.at("/addons/alerting/receivers/1/type").asText()).isEqualTo("slack");
        assertThat(prod.at("/addons/alerting/receivers/1/severities").toString())
                .isEqualTo("[\"critical\",\"warning\"]");
    }
}
