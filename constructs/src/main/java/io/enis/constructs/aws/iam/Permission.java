package io.enis.constructs.aws.iam;

import io.enis.constructs.core.Require;
import java.util.List;

/**
 * One allow statement of a least-privilege policy: explicit actions on named resources.
 *
 * @param sid statement id, letters and digits
 * @param actions {@code service:Action} names; a wildcard is allowed only as a suffix of an action
 *     name ({@code s3:Get*}), never {@code *} or {@code service:*}
 * @param resources resource ARNs (or Terraform references to them); {@code *} is not allowed
 * @throws io.enis.constructs.core.InvalidPropsException when an action or resource is a wildcard
 */
public record Permission(String sid, List<String> actions, List<String> resources) {
    public Permission {
        Require require = Require.of("Permission");
        require.check(sid != null && sid.matches("[A-Za-z0-9]+"), "sid",
                "'" + sid + "' is not allowed; use letters and digits only");
        actions = require.notEmpty("actions", actions);
        resources = require.notEmpty("resources", resources);
        for (String action : actions) {
            require.check(action.matches("[a-z0-9-]+:[A-Za-z0-9]+\\*?"), "actions",
                    "'" + action + "' is not allowed; use service:Action names, never '*' or 'service:*'");
        }
        for (String resource : resources) {
            require.check(!resource.isBlank() && !resource.equals("*"), "resources",
                    "'" + resource + "' is not allowed; name the resources (ARNs), never '*'");
        }
    }

    /** Shorthand for {@code new Permission(sid, actions, resources)}. */
    public static Permission allow(String sid, List<String> actions, List<String> resources) {
        return new Permission(sid, actions, resources);
    }
}
