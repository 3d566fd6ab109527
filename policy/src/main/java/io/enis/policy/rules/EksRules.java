package io.enis.policy.rules;

import static io.enis.policy.Control.cis;
import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.ArrayList;
import java.util.List;

/** EKS clusters and their nodes: endpoint exposure, secrets encryption, audit logs, IMDSv2, volume encryption. */
final class EksRules {
    private static final String CLUSTER = "aws_eks_cluster";
    static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");

    private EksRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-EKS-001",
                                Severity.CRITICAL,
                                "EKS API endpoint is not open to the internet",
                                "A public endpoint open to 0.0.0.0/0 exposes the control plane to every attacker.",
                                "Keep eks.publicAccessCidrs empty (private endpoint) or list specific CIDRs.",
                                "CKV_AWS_38",
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.4.1")),
                        Rule.each(CLUSTER, (model, cluster) -> {
                            if (!Values.isTrue(cluster.at("vpc_config.endpoint_public_access"))
                                    && !cluster.at("vpc_config.endpoint_public_access")
                                            .isMissingNode()) {
                                return null;
                            }
                            List<String> cidrs = Values.strings(cluster.at("vpc_config.public_access_cidrs"));
                            return cidrs.isEmpty() || cidrs.contains("0.0.0.0/0")
                                    ? "has a public endpoint open to 0.0.0.0/0"
                                    : null;
                        })),
                Rule.of(
                        info(
                                "ENIS-EKS-002",
                                Severity.HIGH,
                                "EKS envelope-encrypts Kubernetes secrets with a KMS key",
                                "Secrets in etcd are otherwise only base64-encoded.",
                                "Use EksCluster (secrets encryption with the data key).",
                                "CKV_AWS_58",
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                hipaa("164.312(a)(2)(iv)"),
                                pci("3.5.1")),
                        Rule.each(
                                CLUSTER,
                                (model, cluster) -> Values.strings(cluster.at("encryption_config.resources"))
                                                .contains("secrets")
                                        ? null
                                        : "does not encrypt Kubernetes secrets with KMS")),
                Rule.of(
                        info(
                                "ENIS-EKS-003",
                                Severity.MEDIUM,
                                "EKS sends all control-plane log types to CloudWatch",
                                "The audit and authenticator logs are the record of who did what in the cluster.",
                                "Use EksCluster (all five log types).",
                                "CKV_AWS_37",
                                soc2("CC7.2"),
                                iso("A.8.15"),
                                hipaa("164.312(b)"),
                                pci("10.2.1")),
                        Rule.each(CLUSTER, (model, cluster) -> {
                            List<String> missing = new ArrayList<>(LOG_TYPES);
                            missing.removeAll(Values.strings(cluster.at("enabled_cluster_log_types")));
                            return missing.isEmpty() ? null : "does not log " + missing;
                        })),
                Rule.of(
                        info(
                                "ENIS-EKS-004",
                                Severity.HIGH,
                                "Node launch templates require IMDSv2 with a hop limit of 1",
                                "IMDSv1 and a hop limit above 1 let pods steal the node role's credentials (SSRF).",
                                "Use EksCluster (launch templates with http_tokens required, hop limit 1).",
                                "CKV_AWS_79",
                                soc2("CC6.1"),
                                iso("A.8.9"),
                                pci("2.2.1")),
                        Rule.each("aws_launch_template", (model, template) -> {
                            if (!"required"
                                    .equals(template.at("metadata_options.http_tokens")
                                            .asText())) {
                                return "does not require IMDSv2";
                            }
                            Integer hops = Values.number(template.at("metadata_options.http_put_response_hop_limit"));
                            return hops != null && hops > 1
                                    ? "lets " + hops + " network hops reach the metadata service"
                                    : null;
                        })),
                Rule.of(
                        info(
                                "ENIS-EKS-005",
                                Severity.HIGH,
                                "Node volumes are encrypted",
                                "Node disks hold container images, logs and emptyDir data.",
                                "Use EksCluster (encrypted gp3 root volumes with the data key).",
                                "CKV_AWS_8",
                                cis("2.2.1"),
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                hipaa("164.312(a)(2)(iv)")),
                        Rule.each("aws_launch_template", (model, template) -> {
                            for (var mapping : template.values().path("block_device_mappings")) {
                                if (!Values.isTrue(mapping.path("ebs").path("encrypted"))
                                        && !Values.isTrue(
                                                mapping.path("ebs").path(0).path("encrypted"))) {
                                    return "has an unencrypted volume "
                                            + mapping.path("device_name").asText();
                                }
                            }
                            return null;
                        })));
    }
}
