package io.enis.constructs.platform;

import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.core.Require;
import io.enis.constructs.k8s.ContainerResources;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Grafana Mimir in the cluster (chart {@code mimir-distributed}), the distributed metrics store the
 * observability service remote-writes to and queries when its metrics backend is remote. Its
 * blocks live in {@code bucket}; its components reach the bucket through an IRSA role that the
 * bucket grants. Build with {@link #builder()}; every sizing value has a default, sized for a few
 * hundred thousand active series (see {@code environments/README.md} for larger ones).
 *
 * @param bucket                required: where blocks, and the ruler's and Alertmanager's state,
 *                              are kept (a {@link SecureBucket} with the data key)
 * @param clients               required: namespaces whose pods may reach the gateway (write and
 *                              read); nothing else may
 * @param retentionDays         default 30 (seed 000): blocks older than this are deleted by the compactor
 * @param replicationFactor     default 3: copies of each series on distinct ingesters (zone-aware
 *                              when 3, one copy per logical zone); at most {@code ingesterReplicas}
 * @param ingesterReplicas      default 3
 * @param ingesterResources     default 500m/2Gi requested, 1 CPU/4Gi limit (about 300,000 in-memory series)
 * @param ingesterVolumeGi      default 50: each ingester's volume (write-ahead log and head blocks, gp3)
 * @param distributorReplicas   default 2
 * @param distributorResources  default 250m/512Mi requested, 1 CPU/1Gi limit (about 10,000 samples/s each)
 * @param querierReplicas       default 2
 * @param querierResources      default 250m/512Mi requested, 1 CPU/1Gi limit
 * @param storeGatewayReplicas  default 3
 * @param storeGatewayResources default 250m/512Mi requested, 1 CPU/1Gi limit
 */
@RecordBuilder
public record MetricsEngine(
        SecureBucket bucket,
        List<String> clients,
        Integer retentionDays,
        Integer replicationFactor,
        Integer ingesterReplicas,
        ContainerResources ingesterResources,
        Integer ingesterVolumeGi,
        Integer distributorReplicas,
        ContainerResources distributorResources,
        Integer querierReplicas,
        ContainerResources querierResources,
        Integer storeGatewayReplicas,
        ContainerResources storeGatewayResources) {

    private static final ContainerResources INGESTER = resources("500m", "2Gi", "1", "4Gi");
    private static final ContainerResources SMALL = resources("250m", "512Mi", "1", "1Gi");

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or out of range */
    public MetricsEngine {
        Require require = Require.of("MetricsEngine");
        require.present("bucket", bucket);
        clients = require.notEmpty("clients", clients);
        clients.forEach(namespace -> require.matches(
                "clients", namespace, "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?", "Kubernetes namespace names"));
        retentionDays = require.range("retentionDays", orElse(retentionDays, 30), 1, 3650);
        replicationFactor = require.range("replicationFactor", orElse(replicationFactor, 3), 1, 5);
        ingesterReplicas = require.range("ingesterReplicas", orElse(ingesterReplicas, 3), 1, 100);
        require.check(
                ingesterReplicas >= replicationFactor,
                "ingesterReplicas",
                "is " + ingesterReplicas + " but replicationFactor is " + replicationFactor
                        + "; allowed: at least replicationFactor (each series is written to that many ingesters)");
        ingesterResources = ingesterResources == null ? INGESTER : ingesterResources;
        ingesterVolumeGi = require.range("ingesterVolumeGi", orElse(ingesterVolumeGi, 50), 10, 16384);
        distributorReplicas = require.range("distributorReplicas", orElse(distributorReplicas, 2), 1, 100);
        distributorResources = distributorResources == null ? SMALL : distributorResources;
        querierReplicas = require.range("querierReplicas", orElse(querierReplicas, 2), 1, 100);
        querierResources = querierResources == null ? SMALL : querierResources;
        storeGatewayReplicas = require.range("storeGatewayReplicas", orElse(storeGatewayReplicas, 3), 1, 100);
        storeGatewayResources = storeGatewayResources == null ? SMALL : storeGatewayResources;
    }

    public static MetricsEngineBuilder builder() {
        return MetricsEngineBuilder.builder();
    }

    /** True when ingesters and store-gateways spread their copies over three logical zones. */
    boolean zoneAware() {
        return replicationFactor == 3;
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static ContainerResources resources(String cpu, String memory, String cpuLimit, String memoryLimit) {
        return ContainerResources.builder()
                .cpuRequest(cpu)
                .memoryRequest(memory)
                .cpuLimit(cpuLimit)
                .memoryLimit(memoryLimit)
                .build();
    }
}
