package io.enis.constructs.aws.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static Template synth(NatGateways nat) {
        var stack = TestStacks.aws();
        new Network(
                stack,
                "Network",
                props(nat).logKey(TestStacks.key(stack, "logs")).build());
        return Template.synth(stack);
    }

    private static NetworkPropsBuilder props(NatGateways nat) {
        return NetworkProps.builder()
                .naming(TestStacks.NAMING)
                .account(TestStacks.ACCOUNT)
                .cidr("10.0.0.0/16")
                .availabilityZones(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"))
                .publicSubnetCidrs(List.of("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"))
                .privateSubnetCidrs(List.of("10.0.16.0/20", "10.0.32.0/20", "10.0.48.0/20"))
                .dataSubnetCidrs(List.of("10.0.64.0/24", "10.0.65.0/24", "10.0.66.0/24"))
                .natGateways(nat);
    }

    @Test
    void threeTiersPerZoneWithoutPublicIps() {
        Template template = synth(NatGateways.PER_AZ);
        assertThat(template.resources("aws_subnet")).hasSize(9);
        assertThat(template.resources("aws_subnet").values())
                .allSatisfy(subnet -> assertThat(
                                subnet.path("map_public_ip_on_launch").asBoolean())
                        .isFalse());
        assertThat(template.resource("aws_vpc").path("cidr_block").asText()).isEqualTo("10.0.0.0/16");
    }

    @Test
    void natPerZoneRoutesEachPrivateSubnetThroughItsOwnZone() {
        Template template = synth(NatGateways.PER_AZ);
        assertThat(template.resources("aws_nat_gateway")).hasSize(3);
        List<String> natTargets = template.resources("aws_route").values().stream()
                .map(r -> r.path("nat_gateway_id").asText())
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        assertThat(natTargets).hasSize(3);
    }

    @Test
    void singleNatIsSharedAndDataSubnetsHaveNoInternetRoute() {
        Template template = synth(NatGateways.ONE);
        assertThat(template.resources("aws_nat_gateway")).hasSize(1);
        assertThat(template.resources("aws_eip")).hasSize(1);
        // public default route + one per private route table; the data route table has none
        assertThat(template.resources("aws_route")).hasSize(1 + 3);
        assertThat(template.resources("aws_route_table")).hasSize(1 + 3 + 1);
    }

    @Test
    void flowLogsGoToEncryptedLogGroupAndDefaultGroupHasNoRules() {
        Template template = synth(NatGateways.ONE);
        JsonNode flowLog = template.resource("aws_flow_log");
        assertThat(flowLog.path("traffic_type").asText()).isEqualTo("ALL");
        assertThat(flowLog.path("log_destination").asText()).contains("aws_cloudwatch_log_group");
        JsonNode group = template.resource("aws_cloudwatch_log_group");
        assertThat(group.path("kms_key_id").asText()).contains("aws_kms_key");
        assertThat(group.path("retention_in_days").asInt()).isEqualTo(365);
        JsonNode defaultGroup = template.resource("aws_default_security_group");
        assertThat(defaultGroup.has("ingress")).isFalse();
        assertThat(defaultGroup.has("egress")).isFalse();
    }

    @Test
    void logKeyIsRequired() {
        assertThatThrownBy(() -> props(NatGateways.ONE)
                        .dataSubnetCidrs(List.of("10.0.64.0/24"))
                        .logKey(null)
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("NetworkProps.logKey: is required");
    }

    @Test
    void subnetCountMustMatchZonesWhenKeyPresent() {
        var stack = TestStacks.aws();
        var key = TestStacks.key(stack, "logs");
        assertThatThrownBy(() -> props(NatGateways.ONE)
                        .logKey(key)
                        .dataSubnetCidrs(List.of("10.0.64.0/24"))
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage(
                        "NetworkProps.dataSubnetCidrs: has 1 CIDR(s); allowed: exactly one per availability zone (3)");
    }
}
