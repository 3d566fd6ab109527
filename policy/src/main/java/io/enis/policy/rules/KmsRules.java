package io.enis.policy.rules;

import static io.enis.policy.Control.cis;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.IamStatement;
import io.enis.policy.model.Values;
import java.util.List;

/** KMS keys: rotation and a key policy that does not hand the key to everyone. */
final class KmsRules {
    private KmsRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-KMS-001",
                                Severity.MEDIUM,
                                "KMS key rotation is enabled",
                                "Rotation limits how much data one key version protects and is required by most frameworks.",
                                "Use EncryptionKey (rotation on).",
                                "CKV_AWS_7",
                                cis("3.6"),
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                pci("3.7.4")),
                        Rule.each(
                                "aws_kms_key",
                                (model, key) -> Values.isTrue(key.at("enable_key_rotation"))
                                                || Values.unknown(key.at("enable_key_rotation"))
                                                        && !key.at("enable_key_rotation")
                                                                .isMissingNode()
                                        ? null
                                        : "does not rotate its key material")),
                Rule.of(
                        info(
                                "ENIS-KMS-002",
                                Severity.HIGH,
                                "KMS key policy does not allow kms:* to everyone",
                                "A key policy allowing any principal every action makes the key, and the data it protects, public.",
                                "Use EncryptionKey: administration for the account, use only through named services.",
                                "CKV_AWS_33",
                                soc2("CC6.1"),
                                iso("A.5.15"),
                                pci("7.2.1")),
                        Rule.each("aws_kms_key", (model, key) -> {
                            for (IamStatement statement : IamStatement.of(model, key.at("policy"))) {
                                boolean everyone =
                                        statement.principalIdentifiers().contains("*")
                                                && statement.conditionKeys().isEmpty();
                                boolean everything = statement.actions().contains("kms:*")
                                        || statement.actions().contains("*");
                                if (statement.allows() && everyone && everything) {
                                    return "key policy allows every action to any principal";
                                }
                            }
                            return null;
                        })));
    }
}
