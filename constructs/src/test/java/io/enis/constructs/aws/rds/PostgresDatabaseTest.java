package io.enis.constructs.aws.rds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

    private static Template synth(boolean production) {
        var stack = TestStacks.aws();
        new PostgresDatabase(
                stack,
                "Db",
                PostgresDatabaseProps.builder()
                        .naming(TestStacks.NAMING)
                        .vpcId("vpc-1")
                        .subnetIds(List.of("subnet-a", "subnet-b"))
                        .key(TestStacks.key(stack, "data"))
                        .engineVersion("16.3")
                        .instanceClass("db.t4g.medium")
                        .multiAz(production)
                        .deletionProtection(production)
                        .finalSnapshot(production)
                        .backupRetentionDays(production ? 30 : 3)
                        .allowedSources(Map.of("eks-nodes", "sg-nodes"))
                        .build());
        return Template.synth(stack);
    }

    @Test
    void encryptedPrivateWithManagedPasswordAndForcedSsl() {
        Template template = synth(true);
        JsonNode db = template.resource("aws_db_instance");
        assertThat(db.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(db.path("kms_key_id").asText()).contains("aws_kms_key");
        assertThat(db.path("publicly_accessible").asBoolean()).isFalse();
        assertThat(db.path("manage_master_user_password").asBoolean()).isTrue();
        assertThat(db.has("password")).isFalse();
        assertThat(db.path("performance_insights_enabled").asBoolean()).isTrue();
        assertThat(db.path("performance_insights_kms_key_id").asText()).contains("aws_kms_key");
        assertThat(db.path("enabled_cloudwatch_logs_exports").toString()).isEqualTo("[\"postgresql\",\"upgrade\"]");
        JsonNode parameters = template.resource("aws_db_parameter_group");
        assertThat(parameters.path("family").asText()).isEqualTo("postgres16");
        assertThat(parameters.path("parameter").toString()).contains("\"name\":\"rds.force_ssl\",\"value\":\"1\"");
    }

    @Test
    void productionSettingsComeFromProps() {
        JsonNode prod = synth(true).resource("aws_db_instance");
        assertThat(prod.path("multi_az").asBoolean()).isTrue();
        assertThat(prod.path("deletion_protection").asBoolean()).isTrue();
        assertThat(prod.path("skip_final_snapshot").asBoolean()).isFalse();
        assertThat(prod.path("final_snapshot_identifier").asText()).isEqualTo("enis-test-unit-postgres-final");
        assertThat(prod.path("backup_retention_period").asInt()).isEqualTo(30);

        JsonNode dev = synth(false).resource("aws_db_instance");
        assertThat(dev.path("multi_az").asBoolean()).isFalse();
        assertThat(dev.path("deletion_protection").asBoolean()).isFalse();
        assertThat(dev.path("skip_final_snapshot").asBoolean()).isTrue();
        assertThat(dev.has("final_snapshot_identifier")).isFalse();
    }

    @Test
    void onlyNamedSourcesReach5432() {
        Template template = synth(true);
        JsonNode rule = template.resource("aws_vpc_security_group_ingress_rule");
        assertThat(rule.path("from_port").asInt()).isEqualTo(5432);
        assertThat(rule.path("to_port").asInt()).isEqualTo(5432);
        assertThat(rule.path("referenced_security_group_id").asText()).isEqualTo("sg-nodes");
        assertThat(rule.has("cidr_ipv4")).isFalse();
        assertThat(template.resource("aws_security_group").has("ingress")).isFalse();
    }

    @Test
    void rejectsBadVersionAndZeroBackups() {
        var stack = TestStacks.aws();
        var key = TestStacks.key(stack, "data");
        var base = PostgresDatabaseProps.builder()
                .naming(TestStacks.NAMING)
                .vpcId("vpc-1")
                .subnetIds(List.of("a", "b"))
                .key(key)
                .instanceClass("db.t4g.medium");
        assertThatThrownBy(() -> base.engineVersion("latest").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage(
                        "PostgresDatabaseProps.engineVersion: 'latest' is not allowed; use MAJOR or MAJOR.MINOR, e.g. 16.3");
        assertThatThrownBy(
                        () -> base.engineVersion("16.3").backupRetentionDays(0).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("PostgresDatabaseProps.backupRetentionDays: is 0; allowed: 1..35");
    }
}
