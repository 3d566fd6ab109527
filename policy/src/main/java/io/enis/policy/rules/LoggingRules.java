package io.enis.policy.rules;

import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.List;

/** CloudWatch log groups: encryption and a finite retention. */
final class LoggingRules {
    private LoggingRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-LOG-001",
                                Severity.MEDIUM,
                                "Log groups are encrypted with a customer-managed key",
                                "Logs carry request data and identities; a CMK lets you control and audit access.",
                                "Use LogGroup (encrypted with the logs key).",
                                "CKV_AWS_158",
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                hipaa("164.312(a)(2)(iv)"),
                                pci("10.3.2")),
                        Rule.each(
                                "aws_cloudwatch_log_group",
                                (model, group) -> group.at("kms_key_id").isMissingNode()
                                        ? "is not encrypted with a KMS key"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-LOG-002",
                                Severity.LOW,
                                "Log groups have a retention period",
                                "Logs kept forever cost money and keep personal data beyond its purpose; too short loses evidence.",
                                "Use LogGroup (retention from logRetentionDays).",
                                "CKV_AWS_66",
                                soc2("CC7.2"),
                                iso("A.8.15"),
                                pci("10.5.1")),
                        Rule.each("aws_cloudwatch_log_group", (model, group) -> {
                            Integer days = Values.number(group.at("retention_in_days"));
                            return group.at("retention_in_days").isMissingNode() || (days != null && days == 0)
                                    ? "keeps logs forever"
                                    : null;
                        })));
    }
}
