package io.enis.constructs.aws.iam;

import io.enis.constructs.core.Require;
import java.util.List;

/**
 * One allow statement of a least-privilege policy: explicit actions on named resources.
 *
 * <p>A wildcard resource is allowed only through {@link #onAnyResource}, which demands a reason
 * (for actions AWS does not scope by resource, such as {@code ec2:Describe*}, or that are scoped
 * by tag conditions instead); the reason is recorded in the synthesized output.
 *
 * @param sid statement id, letters and digits
 * @param actions {@code service:Action} names; a wildcard is allowed only as a suffix of an action
 *     name ({@code s3:Get*}), never {@code *} or {@code service:*}
 * @param resources resource ARNs (or Terraform references to them)
 * @param conditions conditions that all must hold; may be empty
 * @param unscopedReason why {@code resources} is {@code *}; {@code null} for scoped statements
 * @throws io.enis.constructs.core.InvalidPropsException when an action is a wildcard, or a
 *     resource is {@code *} without a reason
 */
public record Permission(
        String sid, List<String> actions, List<String> resources, List<Condition> conditions, String unscopedReason) {

    /**
     * One IAM condition, e.g. {@code new Condition("StringEquals", "aws:ResourceTag/owner", List.of("me"))}.
     *
     * @param test the operator
     * @param variable the condition key
     * @param values accepted values
     */
    public record Condition(String test, String variable, List<String> values) {
        public Condition {
            Require require = Require.of("Permission.Condition");
            require.text("test", test);
            require.text("variable", variable);
            values = require.notEmpty("values", values);
        }
    }

    public Permission {
        Require require = Require.of("Permission");
        require.check(
                sid != null && sid.matches("[A-Za-z0-9]+"),
                "sid",
                "'" + sid + "' is not allowed; use letters and digits only");
        actions = require.notEmpty("actions", actions);
        resources = require.notEmpty("resources", resources);
        conditions = require.list(conditions);
        for (String action : actions) {
            require.check(
                    action.matches("[a-z0-9-]+:[A-Za-z0-9]+\\*?"),
                    "actions",
                    "'" + action + "' is not allowed; use service:Action names, never '*' or 'service:*'");
        }
        for (String resource : resources) {
            require.check(!resource.isBlank(), "resources", "must not contain blank entries");
            require.check(
                    !resource.equals("*") || (unscopedReason != null && !unscopedReason.isBlank()),
                    "resources",
                    "'*' is not allowed; name the resources (ARNs), never '*' (or use Permission.onAnyResource with a reason)");
        }
    }

    /** Explicit actions on named resources. */
    public static Permission allow(String sid, List<String> actions, List<String> resources) {
        return new Permission(sid, actions, resources, List.of(), null);
    }

    /**
     * Actions on any resource, for actions that AWS cannot scope by ARN; {@code reason} says why
     * and is recorded in the synthesized output.
     */
    public static Permission onAnyResource(String sid, List<String> actions, String reason) {
        return new Permission(sid, actions, List.of("*"), List.of(), reason);
    }

    /** This permission with one more condition. */
    public Permission when(String test, String variable, String... values) {
        List<Condition> all = new java.util.ArrayList<>(conditions);
        all.add(new Condition(test, variable, List.of(values)));
        return new Permission(sid, actions, resources, all, unscopedReason);
    }
}
