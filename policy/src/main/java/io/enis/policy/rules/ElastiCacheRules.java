package io.enis.policy.rules;

import static io.enis.policy.Control.gdpr;
import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.List;

/** ElastiCache replication groups: encryption at rest and in transit, AUTH, failover. */
final class ElastiCacheRules {
    private static final String GROUP = "aws_elasticache_replication_group";

    private ElastiCacheRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-CACHE-001",
                                Severity.HIGH,
                                "ElastiCache encrypts data at rest",
                                "Snapshots and swap of an unencrypted cache expose its data.",
                                "Use RedisCluster (at-rest encryption with the data key).",
                                "CKV_AWS_29",
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                hipaa("164.312(a)(2)(iv)"),
                                pci("3.5.1"),
                                gdpr("Art. 32")),
                        Rule.each(
                                GROUP,
                                (model, group) -> Values.isFalseOrAbsent(group.at("at_rest_encryption_enabled"))
                                        ? "stores data unencrypted"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-CACHE-002",
                                Severity.HIGH,
                                "ElastiCache encrypts data in transit",
                                "Without TLS the AUTH token and the data travel in clear.",
                                "Use RedisCluster (TLS on).",
                                "CKV_AWS_30",
                                soc2("CC6.7"),
                                iso("A.8.24"),
                                hipaa("164.312(e)(1)"),
                                pci("4.2.1")),
                        Rule.each(
                                GROUP,
                                (model, group) -> Values.isFalseOrAbsent(group.at("transit_encryption_enabled"))
                                        ? "accepts unencrypted connections"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-CACHE-003",
                                Severity.HIGH,
                                "ElastiCache requires an AUTH token",
                                "Without AUTH anyone who reaches the port can read and write.",
                                "Use RedisCluster (AUTH token from Secrets Manager).",
                                "CKV_AWS_31",
                                soc2("CC6.1"),
                                iso("A.5.17"),
                                pci("8.3.1")),
                        Rule.each(
                                GROUP,
                                (model, group) -> group.at("auth_token").isMissingNode()
                                                && group.at("user_group_ids").isMissingNode()
                                        ? "accepts unauthenticated clients"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-CACHE-004",
                                Severity.MEDIUM,
                                "ElastiCache fails over automatically across AZs",
                                "Without a replica and failover, a node or AZ failure takes the cache down.",
                                "Set redis.replicas ≥ 1 and redis.multiAz true in the environment file.",
                                null,
                                soc2("A1.2"),
                                iso("A.8.14")),
                        Rule.each(
                                GROUP,
                                (model, group) -> Values.isFalseOrAbsent(group.at("automatic_failover_enabled"))
                                                || Values.isFalseOrAbsent(group.at("multi_az_enabled"))
                                        ? "has no multi-AZ automatic failover"
                                        : null)));
    }
}
