package io.enis.constructs.k8s;

import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Config;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgress;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressPorts;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressTo;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToIpBlock;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngress;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFrom;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFromIpBlock;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFromNamespaceSelector;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressPorts;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecPodSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The network policies of a {@link ServiceDeployment}: a namespace-wide default deny of ingress
 * and egress, then one policy for the service's pods allowing, on the HTTP port only, the ALB
 * (its subnets), Prometheus (the monitoring namespace) and the named caller namespaces; and out,
 * cluster DNS plus the named destinations.
 */
final class ServiceNetworkPolicy extends Construct {
    private static final String NAMESPACE_NAME_LABEL = ClusterDns.NAMESPACE_NAME_LABEL;

    ServiceNetworkPolicy(
            Construct scope, String id, String namespace, Map<String, String> selector, ServiceDeploymentProps props) {
        super(scope, id);
        new NetworkPolicyV1(
                this,
                "DefaultDeny",
                NetworkPolicyV1Config.builder()
                        .metadata(NetworkPolicyV1Metadata.builder()
                                .name("default-deny-all")
                                .namespace(namespace)
                                .build())
                        .spec(NetworkPolicyV1Spec.builder()
                                .podSelector(
                                        NetworkPolicyV1SpecPodSelector.builder().build())
                                .policyTypes(List.of("Ingress", "Egress"))
                                .build())
                        .build());

        List<NetworkPolicyV1SpecIngressFrom> sources = new ArrayList<>();
        if (props.ingress() != null) {
            props.ingress()
                    .sourceCidrs()
                    .forEach(cidr -> sources.add(NetworkPolicyV1SpecIngressFrom.builder()
                            .ipBlock(NetworkPolicyV1SpecIngressFromIpBlock.builder()
                                    .cidr(cidr)
                                    .build())
                            .build()));
        }
        List<String> namespaces = new ArrayList<>();
        namespaces.add(props.monitoringNamespace());
        namespaces.addAll(props.allowedCallers());
        namespaces.forEach(allowed -> sources.add(NetworkPolicyV1SpecIngressFrom.builder()
                .namespaceSelector(NetworkPolicyV1SpecIngressFromNamespaceSelector.builder()
                        .matchLabels(Map.of(NAMESPACE_NAME_LABEL, allowed))
                        .build())
                .build()));

        List<NetworkPolicyV1SpecEgress> egress = new ArrayList<>();
        egress.add(ClusterDns.egress());
        props.egress()
                .forEach(rule -> egress.add(NetworkPolicyV1SpecEgress.builder()
                        .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                                .ipBlock(NetworkPolicyV1SpecEgressToIpBlock.builder()
                                        .cidr(rule.cidr())
                                        .build())
                                .build()))
                        .ports(List.of(NetworkPolicyV1SpecEgressPorts.builder()
                                .protocol("TCP")
                                .port(String.valueOf(rule.port()))
                                .build()))
                        .build()));

        new NetworkPolicyV1(
                this,
                "Allow",
                NetworkPolicyV1Config.builder()
                        .metadata(NetworkPolicyV1Metadata.builder()
                                .name(props.name() + "-allow")
                                .namespace(namespace)
                                .build())
                        .spec(NetworkPolicyV1Spec.builder()
                                .podSelector(NetworkPolicyV1SpecPodSelector.builder()
                                        .matchLabels(selector)
                                        .build())
                                .policyTypes(List.of("Ingress", "Egress"))
                                .ingress(List.of(NetworkPolicyV1SpecIngress.builder()
                                        .from(sources)
                                        .ports(List.of(NetworkPolicyV1SpecIngressPorts.builder()
                                                .protocol("TCP")
                                                .port(ServiceDeployment.PORT_NAME)
                                                .build()))
                                        .build()))
                                .egress(egress)
                                .build())
                        .build());
    }
}
