package io.enis.constructs.aws.eks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class EksClusterTest {

    private static EksClusterPropsBuilder props(EncryptionKey key) {
        return EksClusterProps.builder()
                .naming(TestStacks.NAMING)
                .account(TestStacks.ACCOUNT)
                .version("1.29")
                .vpcId("vpc-1")
                .subnetIds(List.of("subnet-a", "subnet-b"))
                .key(key)
                .logKey(key)
                .apiAccessCidrs(List.of("10.0.16.0/20"))
                .nodeGroups(List.of(NodeGroupSpec.builder()
                        .name("general")
                        .instanceTypes(List.of("m6i.large"))
                        .minSize(2)
                        .desiredSize(2)
                        .maxSize(4)
                        .build()));
    }

    @Test
    void privateEndpointEncryptedSecretsAllLogsAndImdsV2() {
        var stack = TestStacks.aws();
        new EksCluster(stack, "Eks", props(TestStacks.key(stack, "eks")).build());
        Template template = Template.synth(stack);

        JsonNode cluster = template.resource("aws_eks_cluster");
        assertThat(cluster.at("/vpc_config/endpoint_private_access").asBoolean())
                .isTrue();
        assertThat(cluster.at("/vpc_config/endpoint_public_access").asBoolean()).isFalse();
        assertThat(cluster.at("/vpc_config/public_access_cidrs").isMissingNode())
                .isTrue();
        assertThat(cluster.at("/encryption_config/resources/0").asText()).isEqualTo("secrets");
        assertThat(cluster.at("/encryption_config/provider/key_arn").asText()).contains("aws_kms_key");
        assertThat(cluster.path("enabled_cluster_log_types")).hasSize(5);
        assertThat(cluster.path("depends_on").toString()).contains("aws_cloudwatch_log_group");

        JsonNode template0 = template.resource("aws_launch_template");
        assertThat(template0.at("/metadata_options/http_tokens").asText()).isEqualTo("required");
        assertThat(template0.at("/metadata_options/http_put_response_hop_limit").asInt())
                .isEqualTo(1);
        assertThat(template0.at("/block_device_mappings/0/ebs/encrypted").asText())
                .isEqualTo("true");

        JsonNode nodes = template.resource("aws_eks_node_group");
        assertThat(nodes.at("/scaling_config/min_size").asInt()).isEqualTo(2);
        assertThat(nodes.at("/scaling_config/max_size").asInt()).isEqualTo(4);
        assertThat(nodes.at("/launch_template/version").asText())
                .matches("\\$\\{aws_launch_template\\.Eks_LaunchTemplate-general_[0-9A-F]{8}\\.latest_version}");
        assertThat(template.resource("aws_iam_openid_connect_provider")
                        .at("/client_id_list/0")
                        .asText())
                .isEqualTo("sts.amazonaws.com");
        JsonNode apiRule = template.resource("aws_vpc_security_group_ingress_rule");
        assertThat(apiRule.path("cidr_ipv4").asText()).isEqualTo("10.0.16.0/20");
        assertThat(apiRule.path("from_port").asInt()).isEqualTo(443);
    }

    @Test
    void publicEndpointCarriesItsAllowlist() {
        var stack = TestStacks.aws();
        new EksCluster(
                stack,
                "Eks",
                props(TestStacks.key(stack, "eks"))
                        .publicEndpoint(true)
                        .publicAccessCidrs(List.of("203.0.113.0/24"))
                        .build());
        JsonNode cluster = Template.synth(stack).resource("aws_eks_cluster");
        assertThat(cluster.at("/vpc_config/endpoint_public_access").asBoolean()).isTrue();
        assertThat(cluster.at("/vpc_config/public_access_cidrs/0").asText()).isEqualTo("203.0.113.0/24");
    }

    @Test
    void publicEndpointWithoutAllowlistIsRefused() {
        var stack = TestStacks.aws();
        var key = TestStacks.key(stack, "eks");
        assertThatThrownBy(() -> props(key).publicEndpoint(true).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("EksClusterProps.publicAccessCidrs: is empty but publicEndpoint is true; "
                        + "allowed: an explicit allowlist of CIDRs, or publicEndpoint false");
        assertThatThrownBy(() -> props(key)
                        .publicEndpoint(true)
                        .publicAccessCidrs(List.of("0.0.0.0/0"))
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("EksClusterProps.publicAccessCidrs: contains 0.0.0.0/0; allowed: specific CIDRs only");
    }

    @Test
    void nodeGroupSizesMustBeOrdered() {
        assertThatThrownBy(() -> NodeGroupSpec.builder()
                        .name("general")
                        .instanceTypes(List.of("m6i.large"))
                        .minSize(3)
                        .desiredSize(2)
                        .maxSize(4)
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("NodeGroupSpec.desiredSize: is 2; allowed: 3..4");
    }
}
