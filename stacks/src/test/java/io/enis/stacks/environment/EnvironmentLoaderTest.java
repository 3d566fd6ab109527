package io.enis.stacks.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentLoaderTest {
    static final Path ENVIRONMENTS = io.enis.stacks.TestEnvironments.DIRECTORY;
    private static final Path DEV = Path.of("environments/dev.yaml");

    private static String devYaml() throws IOException {
        return Files.readString(ENVIRONMENTS.resolve("dev.yaml"));
    }

    private static List<String> errors(String yaml) {
        return errors(DEV, yaml);
    }

    private static List<String> errors(Path file, String yaml) {
        try {
            EnvironmentLoader.parse(file, yaml);
        } catch (InvalidEnvironmentException e) {
            return e.errors();
        }
        throw new AssertionError("expected the environment to be rejected");
    }

    @Test
    void shippedEnvironmentsLoad() {
        var loader = new EnvironmentLoader(ENVIRONMENTS);
        assertThat(loader.names()).containsExactly("dev", "prod", "staging");
        List<Environment> all = loader.loadAll();
        assertThat(all).extracting(Environment::name).containsExactly("dev", "prod", "staging");
        Environment prod = loader.load("prod");
        assertThat(prod.availabilityZones()).hasSize(3);
        assertThat(prod.postgres().multiAz()).isTrue();
        assertThat(prod.services())
                .containsOnlyKeys("observability", "scorecard", "billing", "compliance", "cloud-bus");
        assertThat(prod.state().key("platform-prod")).isEqualTo("enis/platform-prod.tfstate");
        assertThat(loader.load("dev").availabilityZones()).hasSize(2);
    }

    @Test
    void unknownEnvironmentListsTheKnownOnes() {
        assertThatThrownBy(() -> new EnvironmentLoader(ENVIRONMENTS).load("qa"))
                .isInstanceOf(UnknownEnvironmentException.class)
                .hasMessage("unknown environment 'qa'; allowed: dev, prod, staging");
    }

    @Test
    void invalidYamlNamesLineAndColumn() {
        assertThat(errors("name: dev\naccount: [unclosed\n"))
                .singleElement()
                .asString()
                .startsWith("environments/dev.yaml: line 2, column 19: invalid YAML: while parsing a flow sequence");
    }

    @Test
    void duplicateKeysAreInvalidYaml() throws IOException {
        assertThat(errors(devYaml().replace("name: dev", "name: dev\nname: dev")))
                .singleElement()
                .asString()
                .contains("invalid YAML")
                .contains("Duplicate field 'name'");
    }

    @Test
    void unknownFieldListsTheAllowedOnes() throws IOException {
        assertThat(errors(devYaml()
                        .replace("  multiAz: false\n  backupRetentionDays", "  multiAZ: false\n  backupRetentionDays")))
                .contains(
                        "environments/dev.yaml: postgres.multiAZ: unknown field; allowed: engineVersion, instanceClass, "
                                + "allocatedStorageGb, maxAllocatedStorageGb, multiAz, backupRetentionDays, deletionProtection, finalSnapshot",
                        "environments/dev.yaml: postgres.multiAz: missing required field");
    }

    @Test
    void missingField() throws IOException {
        assertThat(errors(devYaml().replace("  lockTable: enis-terraform-locks\n", "")))
                .containsExactly("environments/dev.yaml: state.lockTable: missing required field");
    }

    @Test
    void wrongTypeSaysWhatWasFoundAndExpected() throws IOException {
        assertThat(errors(devYaml().replace("id: \"111111111111\"", "id: 111111111111")))
                .containsExactly(
                        "environments/dev.yaml: account.id: wrong type: integer 111111111111 found, string expected; "
                                + "allowed: the twelve-digit AWS account id, quoted (\"123456789012\")");
    }

    @Test
    void badVersionStrings() throws IOException {
        String yaml = devYaml()
                .replaceFirst("version: 1.0.0", "version: latest")
                .replace("version: \"1.29\"", "version: \"1.29.1\"")
                .replace("ebsCsiDriverVersion: v1.28.0-eksbuild.1", "ebsCsiDriverVersion: latest");
        assertThat(errors(yaml))
                .containsExactly(
                        "environments/dev.yaml: eks.ebsCsiDriverVersion: 'latest' is not allowed; allowed: EKS add-on version of the EBS CSI driver "
                                + "for this Kubernetes version, such as v1.28.0-eksbuild.1 (aws eks describe-addon-versions --addon-name aws-ebs-csi-driver "
                                + "--kubernetes-version 1.29)",
                        "environments/dev.yaml: eks.version: '1.29.1' is not allowed; allowed: a Kubernetes MAJOR.MINOR version, quoted, such as \"1.29\"",
                        "environments/dev.yaml: services.observability.version: 'latest' is not allowed; "
                                + "allowed: a release version MAJOR.MINOR.PATCH[-pre], such as 1.4.2 (never latest)");
    }

    @Test
    void invalidCidrs() throws IOException {
        String yaml = devYaml()
                .replace("vpcCidr: 10.10.0.0/16", "vpcCidr: 10.10.0.1/16")
                .replace("dataSubnets: [10.10.64.0/24, 10.10.65.0/24]", "dataSubnets: [10.10.64.0/24, 300.10.65.0/24]");
        assertThat(errors(yaml))
                .containsExactlyInAnyOrder(
                        "environments/dev.yaml: network.vpcCidr: '10.10.0.1/16' is not a network address; allowed: 10.10.0.0/16 (host bits zero)",
                        "environments/dev.yaml: network.dataSubnets[1]: '300.10.65.0/24' is not an IPv4 CIDR; allowed: a.b.c.d/n such as 10.20.0.0/16");
    }

    @Test
    void overlappingAndOutsideCidrs() throws IOException {
        String yaml = devYaml()
                .replace("dataSubnets: [10.10.64.0/24, 10.10.65.0/24]", "dataSubnets: [10.10.0.0/25, 10.99.65.0/24]");
        assertThat(errors(yaml))
                .containsExactly(
                        "environments/dev.yaml: network.dataSubnets[0]: 10.10.0.0/25 overlaps network.publicSubnets[0] 10.10.0.0/24; "
                                + "allowed: subnets that do not overlap",
                        "environments/dev.yaml: network.dataSubnets[1]: 10.99.65.0/24 is outside network.vpcCidr 10.10.0.0/16; "
                                + "allowed: CIDRs inside the VPC");
    }

    @Test
    void tooFewZonesForMultiAz() throws IOException {
        String yaml = devYaml()
                .replace("availabilityZones: [eu-west-1a, eu-west-1b]", "availabilityZones: [eu-west-1a]")
                .replace("  multiAz: false\n  backupRetentionDays", "  multiAz: true\n  backupRetentionDays");
        assertThat(errors(yaml))
                .contains(
                        "environments/dev.yaml: availabilityZones: has 1 zone; allowed: at least 2 (EKS needs subnets in two zones)",
                        "environments/dev.yaml: postgres.multiAz: is true but only 1 availability zone is listed; "
                                + "allowed: at least 2 zones, or multiAz false",
                        "environments/dev.yaml: network.publicSubnets: has 2 CIDR(s) for 1 availability zone(s); allowed: exactly one per zone");
    }

    @Test
    void sizesOutOfOrder() throws IOException {
        String yaml =
                devYaml().replace("desiredSize: 2", "desiredSize: 5").replaceFirst("cpuLimit: \"1\"", "cpuLimit: 50m");
        assertThat(errors(yaml))
                .containsExactly(
                        "environments/dev.yaml: eks.nodeGroups.general.maxSize: is 3 but desiredSize is 5; allowed: at least desiredSize",
                        "environments/dev.yaml: services.observability.resources.cpuLimit: 50m is below cpuRequest 100m; "
                                + "allowed: a limit at least the request");
    }

    @Test
    void allErrorsAreReportedAtOnce() throws IOException {
        String yaml = devYaml()
                .replace("natGateways: one", "natGateways: two")
                .replace("logRetentionDays: 30", "logRetentionDays: 31")
                .replace("name: dev", "name: develop");
        assertThat(errors(yaml))
                .containsExactlyInAnyOrder(
                        "environments/dev.yaml: logRetentionDays: 31 is not allowed; allowed: a CloudWatch retention period: 1, 3, 5, 7, 14, "
                                + "30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653",
                        "environments/dev.yaml: name: 'develop' does not match the file name; allowed: dev",
                        "environments/dev.yaml: network.natGateways: 'two' is not allowed; allowed: none, one (shared) or perAz (one per availability zone)");
    }

    @Test
    void aServiceWithStorageRunsOneReplica() throws IOException {
        String yaml = devYaml().replaceFirst("replicas: \\{ min: 1, max: 1 \\}", "replicas: { min: 1, max: 3 }");
        assertThat(errors(yaml))
                .containsExactly(
                        "environments/dev.yaml: services.observability.replicas.max: is 3 but the service has storageGi (a ReadWriteOnce "
                                + "volume, mounted by one pod); allowed: 1");
    }

    @Test
    void replicasBelowTheDisruptionBudgetMinimum() throws IOException {
        String yaml = devYaml().replaceFirst("minAvailable: 0", "minAvailable: 1");
        assertThat(errors(yaml))
                .containsExactly(
                        "environments/dev.yaml: services.observability.replicas.min: is 1 but minAvailable (the PodDisruptionBudget minimum) "
                                + "is 1; allowed: at least minAvailable + 1, so that a node drain can evict a pod");
    }

    @Test
    void unknownChartVersionKey() throws IOException {
        String yaml = devYaml().replace("chartVersions: {}", "chartVersions: { kube-prometheus: 57.0.0 }");
        assertThat(errors(yaml))
                .singleElement()
                .asString()
                .startsWith(
                        "environments/dev.yaml: addons.chartVersions.kube-prometheus: unknown chart; allowed: aws-load-balancer-controller, "
                                + "cluster-autoscaler, external-secrets, jaeger, kube-prometheus-stack");
    }

    @Test
    void missingServiceAndServiceSpecificFields() throws IOException {
        String yaml = devYaml()
                .replace("    database: shared   # shared | dedicated\n", "")
                .replaceFirst("    redis: shared", "    redis: clustered");
        String withoutBilling =
                yaml.substring(0, yaml.indexOf("  billing:")) + yaml.substring(yaml.indexOf("  compliance:"));
        assertThat(errors(withoutBilling))
                .containsExactlyInAnyOrder(
                        "environments/dev.yaml: services.billing: missing required field",
                        "environments/dev.yaml: services.scorecard.database: missing required field",
                        "environments/dev.yaml: services.cloud-bus.redis: 'clustered' is not allowed; "
                                + "allowed: shared (on the platform's instance) or dedicated (its own instance)");
    }

    @Test
    void fieldOfAnotherServiceIsUnknown() throws IOException {
        String yaml =
                devYaml().replace("    rateLimitPerMinute: 20000", "    rateLimitPerMinute: 20000\n    redis: shared");
        assertThat(errors(yaml))
                .containsExactly(
                        "environments/dev.yaml: services.observability.redis: unknown field; allowed: version, replicas, minAvailable, "
                                + "resources, rateLimitPerMinute, database, storageGi");
    }

    private static String stagingYaml() throws IOException {
        return Files.readString(ENVIRONMENTS.resolve("staging.yaml"));
    }

    private static List<String> stagingErrors(String yaml) {
        return errors(Path.of("environments/staging.yaml"), yaml);
    }

    @Test
    void metricsBackendIsEmbeddedInDevAndRemoteInStagingAndProd() {
        var loader = new EnvironmentLoader(ENVIRONMENTS);
        assertThat(loader.load("dev").observability().metricsBackend()).isEqualTo(MetricsBackend.EMBEDDED);
        assertThat(loader.load("dev").observability().mimir()).isNull();
        for (String name : List.of("staging", "prod")) {
            Environment env = loader.load(name);
            assertThat(env.observability().metricsBackend()).isEqualTo(MetricsBackend.REMOTE);
            assertThat(env.observability().mimir().retentionDays())
                    .as("seed: 30 days")
                    .isEqualTo(30);
            assertThat(env.observability().mimir().replicationFactor()).isEqualTo(3);
            assertThat(env.service("observability").storageGi()).isNull();
            assertThat(env.service("observability").replicas().min()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anUnknownMetricsBackendNamesTheFieldAndTheAllowedValues() throws IOException {
        String yaml = devYaml().replace("metricsBackend: embedded", "metricsBackend: mimir");
        assertThat(errors(yaml))
                .containsExactly(
                        "environments/dev.yaml: observability.metricsBackend: 'mimir' is not allowed; allowed: "
                                + "embedded (the service's own single-node store on one volume) or remote (Grafana Mimir, "
                                + "deployed by the platform stack; the service then runs stateless replicas)");
        String missing = devYaml().replace("  metricsBackend: embedded", "  mimir: {}");
        assertThat(errors(missing))
                .contains("environments/dev.yaml: observability.metricsBackend: missing required field");
    }

    @Test
    void embeddedNeedsTheVolumeAndNoEngineSizing() throws IOException {
        String yaml = devYaml()
                .replace("    storageGi: 10         # persistent volume of the metrics write-ahead log\n", "")
                .replace("  metricsBackend: embedded", "  metricsBackend: embedded\n  mimir: { retentionDays: 30 }");
        assertThat(errors(yaml))
                .containsExactlyInAnyOrder(
                        "environments/dev.yaml: services.observability.storageGi: missing required field with "
                                + "observability.metricsBackend embedded; allowed: GiB of the metrics store's volume, 1..16384",
                        "environments/dev.yaml: observability.mimir: is set but observability.metricsBackend is embedded; "
                                + "allowed: only with metricsBackend remote");
    }

    @Test
    void remoteIsStatelessWithSeveralReplicasAndEnoughIngesters() throws IOException {
        String yaml = stagingYaml()
                .replace("replicas: { min: 2, max: 6 }", "replicas: { min: 1, max: 6 }")
                .replace(
                        "    minAvailable: 1   # PodDisruptionBudget minimum, below replicas.min\n    resources: { cpuRequest: 250m, memoryRequest: 256Mi",
                        "    minAvailable: 0   # PodDisruptionBudget minimum, below replicas.min\n    resources: { cpuRequest: 250m, memoryRequest: 256Mi")
                .replace(
                        "    database: shared      # shared | dedicated: API keys, idempotency records, alert rules\n",
                        "    database: shared      # shared | dedicated: API keys, idempotency records, alert rules\n    storageGi: 50\n")
                .replace("ingesters: { replicas: 3,", "ingesters: { replicas: 2,");
        assertThat(stagingErrors(yaml))
                .containsExactlyInAnyOrder(
                        "environments/staging.yaml: services.observability.storageGi: is set but observability.metricsBackend "
                                + "is remote (the service is stateless, metrics live in Mimir); allowed: no storageGi",
                        "environments/staging.yaml: services.observability.replicas.min: is 1 but observability.metricsBackend "
                                + "is remote; allowed: at least 2 (stateless replicas behind an HPA, so that one pod's loss is no outage)",
                        "environments/staging.yaml: services.observability.replicas.max: is 6 but the service has storageGi (a "
                                + "ReadWriteOnce volume, mounted by one pod); allowed: 1",
                        "environments/staging.yaml: observability.mimir.ingesters.replicas: is 2 but replicationFactor is 3; "
                                + "allowed: at least replicationFactor (each series is written to that many ingesters)");
    }

    @Test
    void mimirSizingIsValidatedLikeTheRest() throws IOException {
        String yaml = stagingYaml()
                .replace("retentionDays: 30      # seed", "retentionDays: 0      # seed")
                .replace("queriers: { replicas: 2,", "queriers: { replicas: 2, shards: 4,");
        assertThat(stagingErrors(yaml))
                .containsExactlyInAnyOrder(
                        "environments/staging.yaml: observability.mimir.retentionDays: 0 is not allowed; allowed: an integer 1..3650 (seed: 30)",
                        "environments/staging.yaml: observability.mimir.queriers.shards: unknown field; allowed: replicas, resources");
    }

    @Test
    void emptyFile() {
        assertThat(errors(""))
                .containsExactly(
                        "environments/dev.yaml: file is empty; allowed: an environment as described in environments/README.md");
    }
}
