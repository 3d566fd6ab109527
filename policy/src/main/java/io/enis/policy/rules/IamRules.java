package io.enis.policy.rules;

import static io.enis.policy.Control.cis;
import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.IamStatement;
import io.enis.policy.model.TerraformModel;
import io.enis.policy.model.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * IAM: wildcards and trust. Policies are read inline (JSON strings), from
 * {@code aws_iam_policy_document} data sources referenced by {@code ${data...json}}, and from roles'
 * inline policies; attachments of AWS managed admin policies are checked too.
 */
final class IamRules {
    /** Resource types holding identity policies, with the attribute holding the document. */
    private static final List<String[]> IDENTITY_POLICIES = List.of(
            new String[] {"aws_iam_role_policy", "policy"},
            new String[] {"aws_iam_policy", "policy"},
            new String[] {"aws_iam_user_policy", "policy"},
            new String[] {"aws_iam_group_policy", "policy"},
            new String[] {"aws_iam_role", "inline_policy.policy"});

    private IamRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-IAM-001",
                                Severity.CRITICAL,
                                "No policy allows every action on every resource",
                                "\"Action\": \"*\" on \"Resource\": \"*\" is full administrator access.",
                                "Use ServiceRole with Permission lists of named actions and resources.",
                                "CKV_AWS_62",
                                cis("1.16"),
                                soc2("CC6.1"),
                                iso("A.5.15"),
                                hipaa("164.312(a)(1)"),
                                pci("7.2.1")),
                        identity((model, statement) -> statement.actions().contains("*")
                                        && statement.resources().contains("*")
                                ? "allows every action on every resource"
                                : null)),
                Rule.of(
                        info(
                                "ENIS-IAM-002",
                                Severity.HIGH,
                                "No policy allows all actions of a service",
                                "\"s3:*\" or \"*\" grants every present and future action, including destructive ones.",
                                "List the actions; Permission refuses '*' and 'service:*'.",
                                null,
                                soc2("CC6.1"),
                                iso("A.5.15"),
                                pci("7.2.1")),
                        identity((model, statement) -> {
                            List<String> wild = statement.actions().stream()
                                    .filter(a -> a.equals("*") || a.endsWith(":*"))
                                    .toList();
                            return wild.isEmpty() ? null : "allows " + wild;
                        })),
                Rule.of(
                        info(
                                "ENIS-IAM-003",
                                Severity.MEDIUM,
                                "Write actions are scoped to named resources or conditions",
                                "A write action on \"*\" without a condition reaches every resource of the account.",
                                "Name the resources (ARNs), or scope by tag conditions as the add-on roles do.",
                                "CKV_AWS_355",
                                soc2("CC6.1"),
                                iso("A.5.15"),
                                pci("7.2.2")),
                        identity((model, statement) -> {
                            if (!statement.resources().contains("*")
                                    || !statement.conditionKeys().isEmpty()) {
                                return null;
                            }
                            List<String> writes = statement.actions().stream()
                                    .filter(a -> !readOnly(a))
                                    .toList();
                            return writes.isEmpty() ? null : "allows " + writes + " on * without a condition";
                        })),
                Rule.of(
                        info(
                                "ENIS-IAM-004",
                                Severity.CRITICAL,
                                "Trust policies do not let anyone assume the role",
                                "A trust policy with principal \"*\" lets any AWS account assume the role.",
                                "Trust one service, account or OIDC provider (AwsServiceRole, ServiceRole).",
                                null,
                                soc2("CC6.1"),
                                iso("A.5.15"),
                                pci("7.2.1")),
                        trust((model, statement) -> statement.allows()
                                        && statement.principalIdentifiers().contains("*")
                                        && statement.conditionKeys().isEmpty()
                                ? "lets any principal assume the role"
                                : null)),
                Rule.of(
                        info(
                                "ENIS-IAM-005",
                                Severity.HIGH,
                                "Web-identity trust is limited to one subject",
                                "Without a :sub condition any service account of the cluster (or any OIDC user) can assume the role.",
                                "Use ServiceRole (exact sub and aud conditions for one namespace and service account).",
                                null,
                                soc2("CC6.1"),
                                iso("A.5.15"),
                                pci("7.2.1")),
                        trust((model, statement) -> statement.allows()
                                        && statement.actions().contains("sts:AssumeRoleWithWebIdentity")
                                        && statement.conditionKeys().stream().noneMatch(key -> key.endsWith(":sub"))
                                ? "trusts web identities without a :sub condition"
                                : null)),
                Rule.of(
                        info(
                                "ENIS-IAM-006",
                                Severity.HIGH,
                                "No role gets the AdministratorAccess managed policy",
                                "AdministratorAccess is *:* under another name.",
                                "Attach least-privilege policies; ServiceRole builds them from Permissions.",
                                "CKV_AWS_274",
                                cis("1.16"),
                                soc2("CC6.1"),
                                iso("A.5.15"),
                                pci("7.2.1")),
                        model -> {
                            List<Violation> violations = new ArrayList<>();
                            for (String type : List.of(
                                    "aws_iam_role_policy_attachment",
                                    "aws_iam_policy_attachment",
                                    "aws_iam_user_policy_attachment",
                                    "aws_iam_group_policy_attachment")) {
                                for (TerraformResource attachment : model.resources(type)) {
                                    if (attachment.at("policy_arn").asText().endsWith(":policy/AdministratorAccess")) {
                                        violations.add(new Violation(attachment, "attaches AdministratorAccess"));
                                    }
                                }
                            }
                            return violations;
                        }));
    }

    static boolean readOnly(String action) {
        String name = action.contains(":") ? action.substring(action.indexOf(':') + 1) : action;
        return name.startsWith("Describe") || name.startsWith("Get") || name.startsWith("List");
    }

    /** Applies a statement check to every Allow statement of every identity policy. */
    private static java.util.function.Function<TerraformModel, List<Violation>> identity(
            BiFunction<TerraformModel, IamStatement, String> check) {
        return model -> {
            List<Violation> violations = new ArrayList<>();
            for (String[] holder : IDENTITY_POLICIES) {
                for (TerraformResource resource : model.resources(holder[0])) {
                    for (IamStatement statement : IamStatement.of(model, resource.at(holder[1]))) {
                        String problem = statement.allows() ? check.apply(model, statement) : null;
                        if (problem != null) {
                            violations.add(new Violation(resource, "policy " + problem));
                        }
                    }
                }
            }
            return violations;
        };
    }

    /** Applies a statement check to every statement of every role's trust policy. */
    private static java.util.function.Function<TerraformModel, List<Violation>> trust(
            BiFunction<TerraformModel, IamStatement, String> check) {
        return model -> {
            List<Violation> violations = new ArrayList<>();
            for (TerraformResource role : model.resources("aws_iam_role")) {
                for (IamStatement statement : IamStatement.of(model, role.at("assume_role_policy"))) {
                    String problem = check.apply(model, statement);
                    if (problem != null) {
                        violations.add(new Violation(role, "trust policy " + problem));
                    }
                }
            }
            return violations;
        };
    }
}
