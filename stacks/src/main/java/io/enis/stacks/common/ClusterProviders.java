package io.enis.stacks.common;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.helm.provider.HelmProvider;
import com.hashicorp.cdktf.providers.helm.provider.HelmProviderConfig;
import com.hashicorp.cdktf.providers.helm.provider.HelmProviderKubernetes;
import com.hashicorp.cdktf.providers.helm.provider.HelmProviderKubernetesExec;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProvider;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProviderConfig;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProviderExec;
import io.enis.constructs.aws.eks.EksCluster;
import java.util.List;

/**
 * Kubernetes and Helm providers pointed at the EKS cluster, authenticating with short-lived
 * tokens from {@code aws eks get-token} (the AWS CLI must be on the PATH of whoever plans). In a
 * service stack the cluster's attributes arrive from the platform stack's remote state.
 */
public final class ClusterProviders {
    private static final String EXEC_API = "client.authentication.k8s.io/v1beta1";

    private ClusterProviders() {}

    /** Adds a Kubernetes provider for {@code cluster}. */
    public static KubernetesProvider kubernetes(TerraformStack stack, EksCluster cluster, String region) {
        return new KubernetesProvider(
                stack,
                "kubernetes",
                KubernetesProviderConfig.builder()
                        .host(cluster.endpoint())
                        .clusterCaCertificate(Fn.base64decode(cluster.certificateAuthorityData()))
                        .exec(List.of(KubernetesProviderExec.builder()
                                .apiVersion(EXEC_API)
                                .command("aws")
                                .args(tokenArgs(cluster, region))
                                .build()))
                        .build());
    }

    /** Adds a Helm provider for {@code cluster}. */
    public static HelmProvider helm(TerraformStack stack, EksCluster cluster, String region) {
        return new HelmProvider(
                stack,
                "helm",
                HelmProviderConfig.builder()
                        .kubernetes(HelmProviderKubernetes.builder()
                                .host(cluster.endpoint())
                                .clusterCaCertificate(Fn.base64decode(cluster.certificateAuthorityData()))
                                .exec(HelmProviderKubernetesExec.builder()
                                        .apiVersion(EXEC_API)
                                        .command("aws")
                                        .args(tokenArgs(cluster, region))
                                        .build())
                                .build())
                        .build());
    }

    private static List<String> tokenArgs(EksCluster cluster, String region) {
        return List.of("eks", "get-token", "--cluster-name", cluster.name(), "--region", region);
    }
}
