package io.enis.constructs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseBootstrapTest {

    private static DatabaseBootstrapPropsBuilder billing() {
        return DatabaseBootstrapProps.builder()
                .service("billing").host("db.internal")
                .masterSecretArn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-1")
                .serviceSecretName("arn:aws:secretsmanager:eu-west-1:123456789012:secret:enis/test/billing/database-credentials")
                .databaseCidrs(List.of("10.0.64.0/24", "10.0.65.0/24"));
    }

    private static Template synth(DatabaseBootstrapProps props) {
        var stack = TestStacks.kubernetes();
        new DatabaseBootstrap(stack, "Bootstrap", props);
        return Template.synth(stack);
    }

    @Test
    void byDefaultTheJobRunsInTheAdminNamespaceAsItsServiceAccount() {
        Template template = synth(billing().build());
        JsonNode job = template.resource("kubernetes_job_v1");
        assertThat(job.at("/metadata/namespace").asText()).isEqualTo(DatabaseBootstrap.ADMIN_NAMESPACE).isEqualTo("db-admin");
        assertThat(job.at("/spec/template/spec/service_account_name").asText()).isEqualTo("db-bootstrap");
        JsonNode credentials = template.resource("kubernetes_manifest").path("manifest");
        assertThat(credentials.at("/metadata/namespace").asText()).isEqualTo("db-admin");
        assertThat(credentials.at("/spec/secretStoreRef/name").asText()).isEqualTo("aws-secrets-manager");
        assertThat(credentials.at("/spec/data/0/remoteRef/key").asText()).endsWith("rds!db-1");
        assertThat(credentials.at("/spec/data/2/remoteRef/key").asText()).endsWith("billing/database-credentials");
    }

    @Test
    void theJobIsHardenedAndPinned() {
        JsonNode pod = synth(billing().build()).resource("kubernetes_job_v1").at("/spec/template/spec");
        assertThat(pod.path("automount_service_account_token").asBoolean()).isFalse();
        JsonNode container = pod.at("/container/0");
        assertThat(container.path("image").asText()).isEqualTo(DatabaseBootstrap.IMAGE).doesNotEndWith(":latest");
        assertThat(container.at("/security_context/read_only_root_filesystem").asBoolean()).isTrue();
        assertThat(container.at("/security_context/allow_privilege_escalation").asBoolean()).isFalse();
        assertThat(container.at("/security_context/capabilities/drop/0").asText()).isEqualTo("ALL");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("128Mi");
        assertThat(container.path("env").toString()).contains("{\"name\":\"PGHOST\",\"value\":\"db.internal\"}")
                .contains("{\"name\":\"PGSSLMODE\",\"value\":\"require\"}");
        // names and password reach psql as variables, never spliced into SQL
        assertThat(container.at("/command/2").asText()).contains("-v service_user=\"$SERVICE_USER\"").doesNotContain("billing");
    }

    @Test
    void theJobMayReachOnlyDnsAndPostgresInTheDatabaseSubnets() {
        JsonNode spec = synth(billing().build()).resource("kubernetes_network_policy_v1").path("spec");
        assertThat(spec.path("policy_types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(spec.has("ingress")).isFalse();
        assertThat(spec.at("/egress/0/ports").toString()).contains("\"port\":\"53\"");
        JsonNode postgres = spec.at("/egress/1");
        assertThat(postgres.at("/ports/0/port").asText()).isEqualTo("5432");
        assertThat(postgres.path("to")).hasSize(2);
        assertThat(postgres.at("/to/1/ip_block/cidr").asText()).isEqualTo("10.0.65.0/24");
    }

    @Test
    void anotherAdminNamespaceCanBeNamed() {
        JsonNode job = synth(billing().namespace("ops-db").secretStore("ops-store").serviceAccount("ops-runner").build())
                .resource("kubernetes_job_v1");
        assertThat(job.at("/metadata/namespace").asText()).isEqualTo("ops-db");
        assertThat(job.at("/spec/template/spec/service_account_name").asText()).isEqualTo("ops-runner");
    }

    @Test
    void badPropsNameTheField() {
        assertThatThrownBy(() -> billing().service("billing-db").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("DatabaseBootstrapProps.service: 'billing-db' is not allowed; "
                        + "use lower-case letters and digits (a PostgreSQL identifier)");
        assertThatThrownBy(() -> billing().databaseCidrs(List.of()).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("DatabaseBootstrapProps.databaseCidrs: must contain at least one entry");
        assertThatThrownBy(() -> billing().host(null).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("DatabaseBootstrapProps.host: is required and must not be blank");
        assertThatThrownBy(() -> billing().namespace("DB_Admin").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageStartingWith("DatabaseBootstrapProps.namespace: 'DB_Admin' is not allowed; ");
    }
}
