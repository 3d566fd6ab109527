package io.enis.policy.rules;

import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.List;

/** Secrets Manager: customer-managed encryption, no secret values in the configuration. */
final class SecretsRules {
    private SecretsRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-SECRET-001",
                                Severity.MEDIUM,
                                "Secrets are encrypted with a customer-managed key",
                                "The AWS-managed key cannot be restricted by key policy or shared across accounts.",
                                "Use ManagedSecret or GeneratedSecret (encrypted with the data key).",
                                "CKV_AWS_149",
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                hipaa("164.312(a)(2)(iv)"),
                                pci("3.6.1")),
                        Rule.each(
                                "aws_secretsmanager_secret",
                                (model, secret) ->
                                        secret.at("kms_key_id").isMissingNode() ? "uses the AWS-managed key" : null)),
                Rule.of(
                        info(
                                "ENIS-SECRET-002",
                                Severity.HIGH,
                                "No secret value is written in the configuration",
                                "A literal secret_string ends up in the repository, the synthesized JSON and every plan.",
                                "Set values out of band (ManagedSecret) or generate them (GeneratedSecret).",
                                null,
                                soc2("CC6.1"),
                                iso("A.5.17"),
                                pci("8.3.2")),
                        Rule.each("aws_secretsmanager_secret_version", (model, version) -> {
                            var value = version.at("secret_string");
                            return value.isTextual() && !Values.unknown(value) ? "holds a literal secret value" : null;
                        })));
    }
}
