package io.enis.constructs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import org.junit.jupiter.api.Test;

class DatabaseAdminTest {
    private static final String MASTER = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-1";

    private static DatabaseAdminPropsBuilder props(ClusterAddons addons) {
        return DatabaseAdminProps.builder().naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).addons(addons)
                .masterSecretArn(MASTER).secretPrefix("enis/test/");
    }

    private static JsonNode document(Template template, String sid) {
        return template.dataSources("aws_iam_policy_document").values().stream()
                .map(d -> d.path("statement"))
                .flatMap(statements -> java.util.stream.StreamSupport.stream(statements.spliterator(), false))
                .filter(statement -> statement.path("sid").asText().equals(sid))
                .filter(statement -> !sid.equals("ServiceAccountAssumesRole")
                        || statement.at("/condition/0/values/0").asText().contains(":db-admin:"))
                .findFirst().orElseThrow();
    }

    @Test
    void aRestrictedNamespaceWhoseRoleReadsOnlyTheMasterAndServiceDatabaseSecrets() {
        var fixture = new AddonsFixture();
        new DatabaseAdmin(fixture.stack, "DatabaseAdmin", props(fixture.addons()).build());
        Template template = Template.synth(fixture.stack);

        JsonNode namespace = template.resources("kubernetes_namespace_v1").values().stream()
                .filter(n -> n.at("/metadata/name").asText().equals(DatabaseAdmin.NAMESPACE)).findFirst().orElseThrow();
        assertThat(namespace.at("/metadata/labels/pod-security.kubernetes.io~1enforce").asText()).isEqualTo("restricted");

        assertThat(document(template, "ServiceAccountAssumesRole").at("/condition/0/values/0").asText())
                .isEqualTo("system:serviceaccount:db-admin:db-bootstrap");
        JsonNode read = document(template, "ReadDatabaseSecrets");
        assertThat(read.path("actions").toString())
                .isEqualTo("[\"secretsmanager:GetSecretValue\",\"secretsmanager:DescribeSecret\"]");
        assertThat(read.path("resources").toString()).isEqualTo("[\"" + MASTER
                + "\",\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:enis/test/*/database-*\"]");
    }

    @Test
    void theSecretStoreIsAppliedWithTheAddonsRawChartAfterExternalSecrets() {
        var fixture = new AddonsFixture();
        var addons = new ClusterAddons(fixture.stack, "Addons", fixture.required()
                .charts(DefaultCharts.withVersions(java.util.Map.of("raw", "2.0.1"))).build());
        new DatabaseAdmin(fixture.stack, "DatabaseAdmin", props(addons).build());
        JsonNode access = Template.synth(fixture.stack).resources("helm_release").values().stream()
                .filter(r -> r.path("name").asText().equals("db-admin-access")).findFirst().orElseThrow();
        assertThat(access.path("namespace").asText()).isEqualTo("db-admin");
        assertThat(access.path("chart").asText()).isEqualTo("raw");
        assertThat(access.path("version").asText()).isEqualTo("2.0.1");
        assertThat(access.path("depends_on").toString()).contains("helm_release.Addons_ExternalSecrets");
        assertThat(access.at("/values/0").asText()).contains("\"kind\":\"SecretStore\"").contains("\"name\":\"aws-secrets-manager\"");
    }

    @Test
    void badPropsNameTheField() {
        var fixture = new AddonsFixture();
        var addons = fixture.addons();
        assertThatThrownBy(() -> props(addons).secretPrefix("enis/test").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("DatabaseAdminProps.secretPrefix: 'enis/test' is not allowed; a secret-name prefix ending in '/', such as enis/prod/");
        assertThatThrownBy(() -> props(null).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("DatabaseAdminProps.addons: is required");
        assertThatThrownBy(() -> props(addons).masterSecretArn(" ").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageStartingWith("DatabaseAdminProps.masterSecretArn: ");
    }
}
