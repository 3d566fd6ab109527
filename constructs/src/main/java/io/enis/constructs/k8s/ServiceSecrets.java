package io.enis.constructs.k8s;

import com.hashicorp.cdktf.providers.kubernetes.manifest.Manifest;
import com.hashicorp.cdktf.providers.kubernetes.manifest.ManifestConfig;
import io.enis.constructs.core.OrderedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Secrets of a {@link ServiceDeployment}, synced from AWS Secrets Manager by External Secrets.
 *
 * <p>Chosen over the Secrets Store CSI driver because it needs no volume (the pod keeps a
 * read-only root filesystem and reads plain environment variables), refreshes the values on a
 * schedule, and runs as a cluster add-on the platform installs once. The namespace-scoped
 * SecretStore authenticates with the service's own service account (IRSA), so each service can
 * read only the secrets its own role allows, and the controller itself holds no AWS permission.
 * The CRDs must exist when this is planned: the platform stack installs External Secrets first.
 */
final class ServiceSecrets extends Construct {
    private final String secretName;

    ServiceSecrets(
            Construct scope,
            String id,
            String namespace,
            String service,
            String region,
            Map<String, SecretSource> secrets,
            String serviceAccount) {
        super(scope, id);
        this.secretName = service + "-secrets";
        String store = service + "-aws-secrets-manager";
        new Manifest(
                this,
                "SecretStore",
                ManifestConfig.builder()
                        .manifest(OrderedMap.of(
                                "apiVersion",
                                "external-secrets.io/v1beta1",
                                "kind",
                                "SecretStore",
                                "metadata",
                                OrderedMap.of("name", store, "namespace", namespace),
                                "spec",
                                OrderedMap.of(
                                        "provider",
                                        OrderedMap.of(
                                                "aws",
                                                OrderedMap.of(
                                                        "service",
                                                        "SecretsManager",
                                                        "region",
                                                        region,
                                                        "auth",
                                                        OrderedMap.of(
                                                                "jwt",
                                                                OrderedMap.of(
                                                                        "serviceAccountRef",
                                                                        OrderedMap.of("name", serviceAccount))))))))
                        .build());
        List<Object> data = new ArrayList<>();
        secrets.forEach((variable, source) -> {
            Map<String, Object> remote = new LinkedHashMap<>();
            remote.put("key", source.secretName());
            if (source.property() != null) {
                remote.put("property", source.property());
            }
            data.add(OrderedMap.of("secretKey", variable, "remoteRef", remote));
        });
        new Manifest(
                this,
                "ExternalSecret",
                ManifestConfig.builder()
                        .manifest(OrderedMap.of(
                                "apiVersion",
                                "external-secrets.io/v1beta1",
                                "kind",
                                "ExternalSecret",
                                "metadata",
                                OrderedMap.of("name", secretName, "namespace", namespace),
                                "spec",
                                OrderedMap.of(
                                        "refreshInterval",
                                        "1h",
                                        "secretStoreRef",
                                        OrderedMap.of("name", store, "kind", "SecretStore"),
                                        "target",
                                        OrderedMap.of("name", secretName, "creationPolicy", "Owner"),
                                        "data",
                                        data)))
                        .build());
    }

    /** Name of the Kubernetes Secret External Secrets writes. */
    String kubernetesSecretName() {
        return secretName;
    }
}
