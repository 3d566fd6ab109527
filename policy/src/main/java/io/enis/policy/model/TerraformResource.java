package io.enis.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One resource or data source of a Terraform document.
 *
 * @param stack the stack (or file) it belongs to
 * @param file the file it was read from
 * @param data true for a data source
 * @param type e.g. {@code aws_s3_bucket}
 * @param name the logical name
 * @param values its configuration (synthesized JSON) or planned values (plan JSON)
 * @param suppressions suppressions attached in code
 */
public record TerraformResource(
        String stack,
        String file,
        boolean data,
        String type,
        String name,
        JsonNode values,
        List<Suppression> suppressions) {

    public TerraformResource {
        suppressions = List.copyOf(suppressions);
    }

    /** Terraform address: {@code aws_s3_bucket.logs} or {@code data.aws_iam_policy_document.x}. */
    public String address() {
        return (data ? "data." : "") + type + "." + name;
    }

    /** The value at a dotted path ({@code vpc_config.endpoint_public_access}); blocks given as one-element lists are entered. */
    public JsonNode at(String path) {
        JsonNode node = values;
        for (String part : path.split("\\.")) {
            if (node.isArray() && node.size() == 1) {
                node = node.get(0);
            }
            node = node.path(part);
        }
        return node.isArray() && node.size() == 1 && node.get(0).isObject() ? node.get(0) : node;
    }
}
