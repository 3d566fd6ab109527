package io.enis.stacks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import io.enis.constructs.testing.Template;
import io.enis.stacks.TestEnvironments;
import io.enis.stacks.environment.Environment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformStackTest {

    private static Template synth(Environment env) {
        return Template.synth(new PlatformStack(Testing.app(), env));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void environmentDifferencesComeFromTheEnvironmentFile(String name) {
        Environment env = TestEnvironments.load(name);
        Template template = synth(env);

        JsonNode db = template.resource("aws_db_instance");
        assertThat(db.path("multi_az").asBoolean()).isEqualTo(env.postgres().multiAz());
        assertThat(db.path("deletion_protection").asBoolean())
                .isEqualTo(env.postgres().deletionProtection());
        assertThat(db.path("skip_final_snapshot").asBoolean())
                .isEqualTo(!env.postgres().finalSnapshot());
        assertThat(db.path("backup_retention_period").asInt())
                .isEqualTo(env.postgres().backupRetentionDays());
        assertThat(template.resource("aws_elasticache_replication_group")
                        .path("multi_az_enabled")
                        .asBoolean())
                .isEqualTo(env.redis().multiAz());

        int expectedNats = switch (env.network().natGateways()) {
            case NONE -> 0;
            case ONE -> 1;
            case PER_AZ -> env.availabilityZones().size();
        };
        assertThat(template.resources("aws_nat_gateway")).hasSize(expectedNats);
        assertThat(template.resources("aws_subnet"))
                .hasSize(3 * env.availabilityZones().size());
        assertThat(template.resource("aws_vpc").path("cidr_block").asText())
                .isEqualTo(env.network().vpcCidr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void backendProviderTagsAndOutputs(String name) {
        Environment env = TestEnvironments.load(name);
        Template template = synth(env);

        JsonNode backend = template.json().at("/terraform/backend/s3");
        assertThat(backend.path("bucket").asText()).isEqualTo(env.state().bucket());
        assertThat(backend.path("key").asText()).isEqualTo("enis/platform-" + name + ".tfstate");
        assertThat(backend.path("encrypt").asBoolean()).isTrue();
        assertThat(backend.path("dynamodb_table").asText())
                .isEqualTo(env.state().lockTable());

        JsonNode provider = template.json().at("/provider/aws/0");
        assertThat(provider.at("/allowed_account_ids/0").asText())
                .isEqualTo(env.account().id());
        JsonNode tags = provider.at("/default_tags/0/tags");
        assertThat(tags.path("Project").asText()).isEqualTo("enis");
        assertThat(tags.path("Environment").asText()).isEqualTo(name);
        assertThat(tags.path("Component").asText()).isEqualTo("platform");
        assertThat(tags.path("ManagedBy").asText()).isEqualTo("cdktf");
        assertThat(tags.path("Owner").asText()).isEqualTo(env.tags().get("Owner"));
        assertThat(tags.path("CostCenter").asText()).isEqualTo(env.tags().get("CostCenter"));

        assertThat(template.outputs())
                .containsKeys(
                        "cluster_name",
                        "cluster_endpoint",
                        "cluster_oidc_provider_arn",
                        "private_subnet_ids",
                        "data_subnet_ids",
                        "postgres_endpoint",
                        "postgres_secret_arn",
                        "redis_endpoint",
                        "registry_urls",
                        "data_key_arn",
                        "logs_key_arn");
        assertThat(template.resources("aws_ecr_repository")).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void databasesAcceptOnlyTheClusterAndObjectLockFollowsTheEnvironment(String name) {
        Environment env = TestEnvironments.load(name);
        Template template = synth(env);
        assertThat(template.resources("aws_vpc_security_group_ingress_rule").values())
                .filteredOn(rule -> rule.path("from_port").asInt() == 5432
                        || rule.path("from_port").asInt() == 6379)
                .hasSize(2)
                .allSatisfy(rule -> assertThat(
                                rule.path("referenced_security_group_id").asText())
                        .contains("aws_eks_cluster")
                        .contains("cluster_security_group_id"));
        assertThat(template.resources("aws_s3_bucket_object_lock_configuration"))
                .hasSize(env.backups().objectLockDays() > 0 ? 1 : 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void persistentVolumesAreEncryptedWithTheDataKeyByTheEbsDriverWithItsOwnRole(String name) {
        Template template = synth(TestEnvironments.load(name));
        JsonNode addon = template.resource("aws_eks_addon");
        assertThat(addon.path("addon_name").asText()).isEqualTo("aws-ebs-csi-driver");
        assertThat(addon.path("service_account_role_arn").asText()).contains("aws_iam_role.Addons_Storage_Role");
        JsonNode storageClass = template.resource("kubernetes_storage_class_v1");
        assertThat(storageClass.at("/metadata/name").asText()).isEqualTo("gp3");
        assertThat(storageClass.at("/parameters/encrypted").asText()).isEqualTo("true");
        assertThat(storageClass.at("/parameters/kmsKeyId").asText()).contains("aws_kms_key.DataKey");
        assertThat(storageClass.path("volume_binding_mode").asText()).isEqualTo("WaitForFirstConsumer");
        assertThat(storageClass.path("reclaim_policy").asText()).isEqualTo("Retain");
    }

    /** The values of the Helm release named {@code release}. */
    private static JsonNode releaseValues(Template template, String release) {
        return template.resources("helm_release").values().stream()
                .filter(r -> r.path("name").asText().equals(release))
                .findFirst()
                .map(r -> readJson(r.at("/values/0").asText()))
                .orElseThrow(() -> new AssertionError("no helm_release " + release));
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("values are not JSON: " + json, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void theCollectorAlsoExportsToObservabilityWithTheTracesWriterKeyFromSecretsManager(String name) {
        Template template = synth(TestEnvironments.load(name));
        JsonNode collector = releaseValues(template, "opentelemetry-collector").path("config");
        assertThat(collector.at("/service/pipelines/traces/exporters").toString())
                .as("Jaeger keeps its UI; observability gets the same traces")
                .isEqualTo("[\"otlp/jaeger\",\"otlphttp/observability\"]");
        JsonNode exporter = collector.at("/exporters/otlphttp~1observability");
        assertThat(exporter.path("endpoint").asText())
                .isEqualTo("http://observability.observability.svc.cluster.local:80");
        assertThat(exporter.at("/headers/X-Scope-OrgID").asText()).isEqualTo("platform");
        assertThat(exporter.at("/headers/Authorization").asText())
                .as("Terraform's $${ escape: the collector reads ${env:…} from its environment")
                .isEqualTo("Bearer $${env:ENIS_TRACES_API_KEY}");
        assertThat(collector.at("/processors/batch/send_batch_max_size").asInt())
                .as("an export never exceeds observability's MAX_SPANS_PER_REQUEST (5000)")
                .isBetween(1, 5000);

        JsonNode env = releaseValues(template, "opentelemetry-collector").at("/extraEnvs/0");
        assertThat(env.path("name").asText()).isEqualTo("ENIS_TRACES_API_KEY");
        JsonNode secretRef = env.at("/valueFrom/secretKeyRef");
        JsonNode externalSecret = null;
        for (JsonNode resource : releaseValues(template, "tracing-secrets").path("resources")) {
            if (resource.path("kind").asText().equals("ExternalSecret")) {
                externalSecret = resource.path("spec");
            }
        }
        assertThat(externalSecret)
                .as("an ExternalSecret in the tracing namespace")
                .isNotNull();
        assertThat(externalSecret.at("/target/name").asText())
                .isEqualTo(secretRef.path("name").asText());
        assertThat(externalSecret.at("/data/0/secretKey").asText())
                .isEqualTo(secretRef.path("key").asText());
        String secret = "${aws_secretsmanager_secret."
                + logicalName(template, "aws_secretsmanager_secret", "enis/" + name + "/platform/traces-writer-key")
                + ".arn}";
        assertThat(externalSecret.at("/data/0/remoteRef/key").asText()).isEqualTo(secret);
        assertThat(template.outputs()
                        .get("traces_writer_key_secret_arn")
                        .path("value")
                        .asText())
                .isEqualTo(secret);

        JsonNode permissions = template.dataSources("aws_iam_policy_document").entrySet().stream()
                .filter(e -> e.getKey().startsWith("Addons_Tracing_Role_Permissions"))
                .findFirst()
                .orElseThrow()
                .getValue();
        assertThat(permissions.path("statement")).singleElement().satisfies(statement -> {
            assertThat(statement.path("resources").toString())
                    .as("the collector's role reads that secret only")
                    .isEqualTo("[\"" + secret + "\"]");
            assertThat(statement.path("actions").toString()).doesNotContain("*");
        });
        assertThat(template.resources("helm_release").values())
                .filteredOn(r -> r.path("name").asText().equals("opentelemetry-collector"))
                .singleElement()
                .satisfies(r -> assertThat(r.path("depends_on").toString()).contains("Addons_Tracing_Secrets"));
    }

    /** The logical name of the resource of {@code type} whose {@code name} is {@code resourceName}. */
    private static String logicalName(Template template, String type, String resourceName) {
        return template.resources(type).entrySet().stream()
                .filter(e -> e.getValue().path("name").asText().equals(resourceName))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " named " + resourceName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void mimirRunsOnItsEncryptedBucketOnlyWhenTheMetricsBackendIsRemote(String name) throws JsonProcessingException {
        Environment env = TestEnvironments.load(name);
        Template template = synth(env);
        JsonNode mimir = template.resources("helm_release").values().stream()
                .filter(release -> release.path("name").asText().equals("mimir"))
                .findFirst()
                .orElse(null);
        var buckets = template.resources("aws_s3_bucket").values().stream()
                .map(bucket -> bucket.path("bucket").asText())
                .toList();
        if (!env.observability().remote()) {
            assertThat(mimir).as("embedded: no Mimir in " + name).isNull();
            assertThat(buckets).noneMatch(bucket -> bucket.contains("-metrics-"));
            assertThat(template.json().toString()).doesNotContain("mimir");
            return;
        }
        assertThat(mimir).as("remote: Mimir in " + name).isNotNull();
        assertThat(mimir.path("chart").asText()).isEqualTo("mimir-distributed");
        assertThat(mimir.path("repository").asText()).isEqualTo("https://grafana.github.io/helm-charts");
        assertThat(mimir.path("version").asText()).isEqualTo("5.4.0");
        assertThat(buckets)
                .contains("enis-" + name + "-platform-metrics-" + env.account().id());

        JsonNode values = new ObjectMapper().readTree(mimir.at("/values/0").asText());
        assertThat(values.at("/mimir/structuredConfig/common/storage/s3/bucket_name")
                        .asText())
                .startsWith("${aws_s3_bucket.Metrics_Bucket_")
                .endsWith(".bucket}");
        assertThat(values.at("/serviceAccount/annotations/eks.amazonaws.com~1role-arn")
                        .asText())
                .startsWith("${aws_iam_role.Addons_Metrics_Role");
        assertThat(values.at("/mimir/structuredConfig/limits/compactor_blocks_retention_period")
                        .asText())
                .isEqualTo((env.observability().mimir().retentionDays() * 24) + "h");
        assertThat(values.at("/mimir/structuredConfig/ingester/ring/replication_factor")
                        .asInt())
                .isEqualTo(3);
        assertThat(values.at("/ingester/replicas").asInt())
                .isEqualTo(env.observability().mimir().ingesters().replicas());
        assertThat(values.at("/querier/resources/requests/memory").asText())
                .isEqualTo(env.observability().mimir().queriers().resources().memoryRequest());

        // the bucket is one of ours: the data key, no public access, versioned, TLS only
        JsonNode encryption = template.resources("aws_s3_bucket_server_side_encryption_configuration").values().stream()
                .filter(e -> e.path("bucket").asText().contains("Metrics_Bucket"))
                .findFirst()
                .orElseThrow();
        assertThat(encryption
                        .at("/rule/0/apply_server_side_encryption_by_default/kms_master_key_id")
                        .asText())
                .contains("aws_kms_key.DataKey");
        JsonNode publicAccess = template.resources("aws_s3_bucket_public_access_block").values().stream()
                .filter(e -> e.path("bucket").asText().contains("Metrics_Bucket"))
                .findFirst()
                .orElseThrow();
        assertThat(publicAccess.path("restrict_public_buckets").asBoolean()).isTrue();
        assertThat(publicAccess.path("block_public_policy").asBoolean()).isTrue();
    }
}
