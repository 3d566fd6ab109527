package io.enis.policy.rules;

import static io.enis.policy.Control.cis;
import static io.enis.policy.Control.gdpr;
import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.policy.Severity;
import io.enis.policy.model.TerraformModel;
import io.enis.policy.model.TerraformResource;
import io.enis.policy.model.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * VPCs, subnets and security groups. Ingress is read from inline {@code ingress} blocks,
 * {@code aws_security_group_rule} and {@code aws_vpc_security_group_ingress_rule} alike.
 */
final class NetworkRules {
    private static final List<Integer> ADMIN_PORTS = List.of(22, 3389);
    private static final List<String> OPEN = List.of("0.0.0.0/0", "::/0");

    private NetworkRules() {}

    /** One ingress permission, from wherever it is declared. */
    record Ingress(TerraformResource declaredIn, int fromPort, int toPort, String cidr) {
        boolean covers(int port) {
            return fromPort <= port && port <= toPort || fromPort == -1 || (fromPort == 0 && toPort == 0);
        }
    }

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-NET-001",
                                Severity.MEDIUM,
                                "VPC has flow logs",
                                "Flow logs are the only record of traffic for incident investigation.",
                                "Use Network (flow logs of all traffic to an encrypted log group).",
                                "CKV2_AWS_11",
                                cis("3.7"),
                                soc2("CC7.2"),
                                iso("A.8.15"),
                                hipaa("164.312(b)"),
                                pci("10.2.1")),
                        Rule.each(
                                "aws_vpc",
                                (model, vpc) -> model.pointingAt(vpc, "aws_flow_log", "vpc_id")
                                                .isEmpty()
                                        ? "has no flow log"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-NET-002",
                                Severity.MEDIUM,
                                "Default security group allows nothing",
                                "Resources placed in the default group by mistake would get its open rules.",
                                "Use Network (adopts the default group with no rules).",
                                "CKV2_AWS_12",
                                cis("5.4"),
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.2.1")),
                        model -> {
                            List<Violation> violations = new ArrayList<>();
                            for (TerraformResource vpc : model.resources("aws_vpc")) {
                                List<TerraformResource> defaults =
                                        model.pointingAt(vpc, "aws_default_security_group", "vpc_id");
                                if (defaults.isEmpty()) {
                                    violations.add(new Violation(
                                            vpc, "does not adopt its default security group to strip its rules"));
                                }
                            }
                            for (TerraformResource group : model.resources("aws_default_security_group")) {
                                if (group.at("ingress").size() > 0
                                        || group.at("egress").size() > 0) {
                                    violations.add(new Violation(group, "keeps rules in the default security group"));
                                }
                            }
                            return violations;
                        }),
                Rule.of(
                        info(
                                "ENIS-NET-003",
                                Severity.CRITICAL,
                                "No security group admits the internet to SSH or RDP",
                                "Port 22 and 3389 open to the world are brute-forced within minutes.",
                                "Admit named security groups or specific CIDRs only; use SSM Session Manager instead of SSH.",
                                "CKV_AWS_24",
                                cis("5.2"),
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.3.1"),
                                gdpr("Art. 32")),
                        model -> openIngress(model, true)),
                Rule.of(
                        info(
                                "ENIS-NET-004",
                                Severity.HIGH,
                                "No security group admits the internet except on 80 and 443",
                                "Any other port open to the world exposes a service that was not meant to be public.",
                                "Admit named security groups (as the data stores do) or put the service behind the ALB.",
                                null,
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.3.1")),
                        model -> openIngress(model, false)),
                Rule.of(
                        info(
                                "ENIS-NET-005",
                                Severity.MEDIUM,
                                "Subnets do not assign public IPs on launch",
                                "Instances launched into such a subnet are reachable from the internet by default.",
                                "Use Network (no public IPs on launch in any tier).",
                                "CKV_AWS_130",
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.4.1")),
                        Rule.each(
                                "aws_subnet",
                                (model, subnet) -> Values.isTrue(subnet.at("map_public_ip_on_launch"))
                                        ? "assigns public IPs on launch"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-NET-006",
                                Severity.LOW,
                                "Security groups and their rules are described",
                                "A description says why access exists, which reviews and audits need.",
                                "Give every security group and rule a description (IngressSecurityGroup names each source).",
                                "CKV_AWS_23",
                                iso("A.8.9"),
                                pci("1.2.1")),
                        Rule.each(
                                "aws_security_group",
                                (model, group) ->
                                        group.at("description").asText("").isBlank() ? "has no description" : null)));
    }

    private static List<Violation> openIngress(TerraformModel model, boolean adminPorts) {
        List<Violation> violations = new ArrayList<>();
        for (Ingress ingress : ingresses(model)) {
            if (!OPEN.contains(ingress.cidr())) {
                continue;
            }
            if (adminPorts) {
                for (int port : ADMIN_PORTS) {
                    if (ingress.covers(port)) {
                        violations.add(
                                new Violation(ingress.declaredIn(), "admits " + ingress.cidr() + " to port " + port));
                    }
                }
            } else if (!(ingress.fromPort() == ingress.toPort()
                    && (ingress.fromPort() == 80 || ingress.fromPort() == 443))) {
                violations.add(new Violation(
                        ingress.declaredIn(),
                        "admits " + ingress.cidr() + " to ports " + ingress.fromPort() + "-" + ingress.toPort()));
            }
        }
        return violations;
    }

    static List<Ingress> ingresses(TerraformModel model) {
        List<Ingress> result = new ArrayList<>();
        for (TerraformResource group : model.resources("aws_security_group")) {
            for (JsonNode rule : group.values().path("ingress")) {
                for (String cidr : cidrs(rule.path("cidr_blocks"), rule.path("ipv6_cidr_blocks"))) {
                    result.add(new Ingress(group, port(rule.path("from_port")), port(rule.path("to_port")), cidr));
                }
            }
        }
        for (TerraformResource rule : model.resources("aws_security_group_rule")) {
            if ("ingress".equals(rule.at("type").asText())) {
                for (String cidr : cidrs(rule.at("cidr_blocks"), rule.at("ipv6_cidr_blocks"))) {
                    result.add(new Ingress(rule, port(rule.at("from_port")), port(rule.at("to_port")), cidr));
                }
            }
        }
        for (TerraformResource rule : model.resources("aws_vpc_security_group_ingress_rule")) {
            String protocol = rule.at("ip_protocol").asText();
            int from = "-1".equals(protocol) ? -1 : port(rule.at("from_port"));
            int to = "-1".equals(protocol) ? -1 : port(rule.at("to_port"));
            for (String key : List.of("cidr_ipv4", "cidr_ipv6")) {
                if (rule.at(key).isTextual()) {
                    result.add(new Ingress(rule, from, to, rule.at(key).asText()));
                }
            }
        }
        return result;
    }

    private static List<String> cidrs(JsonNode v4, JsonNode v6) {
        List<String> all = new ArrayList<>(Values.strings(v4));
        all.addAll(Values.strings(v6));
        return all;
    }

    private static int port(JsonNode value) {
        Integer number = Values.number(value);
        return number == null ? 0 : number;
    }
}
