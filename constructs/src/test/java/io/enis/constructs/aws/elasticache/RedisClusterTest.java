package io.enis.constructs.aws.elasticache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisClusterTest {

    private static Template synth(int replicas, boolean multiAz) {
        var stack = TestStacks.aws();
        new RedisCluster(
                stack,
                "Cache",
                RedisClusterProps.builder()
                        .naming(TestStacks.NAMING)
                        .vpcId("vpc-1")
                        .subnetIds(List.of("subnet-a", "subnet-b"))
                        .key(TestStacks.key(stack, "data"))
                        .nodeType("cache.t4g.small")
                        .replicas(replicas)
                        .multiAz(multiAz)
                        .allowedSources(Map.of("eks-nodes", "sg-nodes"))
                        .build());
        return Template.synth(stack);
    }

    @Test
    void encryptedWithAuthTokenFromSecretsManager() {
        Template template = synth(2, true);
        JsonNode group = template.resource("aws_elasticache_replication_group");
        assertThat(group.path("at_rest_encryption_enabled").asBoolean()).isTrue();
        assertThat(group.path("transit_encryption_enabled").asBoolean()).isTrue();
        assertThat(group.path("kms_key_id").asText()).contains("aws_kms_key");
        assertThat(group.path("auth_token").asText()).contains("aws_secretsmanager_secret_version");
        assertThat(template.resource("aws_secretsmanager_secret")
                        .path("kms_key_id")
                        .asText())
                .contains("aws_kms_key");
        assertThat(template.resource("aws_secretsmanager_secret_version")
                        .at("/lifecycle/ignore_changes/0")
                        .asText())
                .isEqualTo("secret_string");
        assertThat(group.path("num_cache_clusters").asInt()).isEqualTo(3);
        assertThat(group.path("automatic_failover_enabled").asBoolean()).isTrue();
        assertThat(group.path("multi_az_enabled").asBoolean()).isTrue();
        assertThat(template.resource("aws_vpc_security_group_ingress_rule")
                        .path("from_port")
                        .asInt())
                .isEqualTo(6379);
    }

    @Test
    void singleNodeWithoutFailover() {
        JsonNode group = synth(0, false).resource("aws_elasticache_replication_group");
        assertThat(group.path("num_cache_clusters").asInt()).isEqualTo(1);
        assertThat(group.path("automatic_failover_enabled").asBoolean()).isFalse();
        assertThat(group.path("multi_az_enabled").asBoolean()).isFalse();
    }

    @Test
    void multiAzNeedsAReplica() {
        var stack = TestStacks.aws();
        assertThatThrownBy(() -> RedisClusterProps.builder()
                        .naming(TestStacks.NAMING)
                        .vpcId("vpc-1")
                        .subnetIds(List.of("a"))
                        .key(TestStacks.key(stack, "data"))
                        .nodeType("cache.t4g.small")
                        .replicas(0)
                        .multiAz(true)
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage(
                        "RedisClusterProps.multiAz: is true but replicas is 0; allowed: multiAz false, or at least one replica to fail over to");
    }
}
