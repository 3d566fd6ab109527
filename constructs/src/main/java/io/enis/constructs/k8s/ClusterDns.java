package io.enis.constructs.k8s;

import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgress;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressPorts;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressTo;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToNamespaceSelector;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToPodSelector;
import java.util.List;
import java.util.Map;

/** What every network policy with egress allows: the cluster's DNS (kube-dns in kube-system, port 53). */
public final class ClusterDns {
    /** The label Kubernetes puts on every namespace with its name; policies select namespaces by it. */
    public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    private ClusterDns() {}

    /** An egress rule to kube-dns on UDP and TCP 53. */
    public static NetworkPolicyV1SpecEgress egress() {
        return NetworkPolicyV1SpecEgress.builder()
                .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                        .namespaceSelector(NetworkPolicyV1SpecEgressToNamespaceSelector.builder()
                                .matchLabels(Map.of(NAMESPACE_NAME_LABEL, "kube-system"))
                                .build())
                        .podSelector(NetworkPolicyV1SpecEgressToPodSelector.builder()
                                .matchLabels(Map.of("k8s-app", "kube-dns"))
                                .build())
                        .build()))
                .ports(List.of(
                        NetworkPolicyV1SpecEgressPorts.builder()
                                .protocol("UDP")
                                .port("53")
                                .build(),
                        NetworkPolicyV1SpecEgressPorts.builder()
                                .protocol("TCP")
                                .port("53")
                                .build()))
                .build();
    }
}
