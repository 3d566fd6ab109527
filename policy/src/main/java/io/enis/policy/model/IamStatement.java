package io.enis.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One IAM policy statement, read from wherever Terraform keeps it: an
 * {@code aws_iam_policy_document} data source (directly or through {@code ${data...json}}), or a
 * JSON policy string.
 *
 * @param effect {@code Allow} or {@code Deny}
 * @param actions the actions (empty when only NotAction is used)
 * @param resources the resources
 * @param principalIdentifiers every principal identifier, e.g. {@code *}, an ARN, a service
 * @param principalTypes the principal types ({@code AWS}, {@code Service}, {@code Federated}, {@code *})
 * @param conditionKeys the condition keys (variables), empty when unconditioned
 */
public record IamStatement(
        String effect,
        List<String> actions,
        List<String> resources,
        List<String> principalIdentifiers,
        List<String> principalTypes,
        List<String> conditionKeys) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** True for an Allow statement. */
    public boolean allows() {
        return !"Deny".equalsIgnoreCase(effect);
    }

    /**
     * The statements of a policy value, or empty when the value is an interpolation this model cannot
     * resolve (the policy is then not judged).
     */
    public static List<IamStatement> of(TerraformModel model, JsonNode policy) {
        Optional<TerraformResource> document =
                model.referenced(policy).filter(r -> r.data() && r.type().equals("aws_iam_policy_document"));
        if (document.isPresent()) {
            return fromDocument(document.get().values());
        }
        if (policy.isTextual() && !Values.unknown(policy)) {
            try {
                return fromJson(JSON.readTree(policy.asText()));
            } catch (java.io.IOException e) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The statements of an {@code aws_iam_policy_document} data source's configuration. */
    public static List<IamStatement> fromDocument(JsonNode document) {
        List<IamStatement> result = new ArrayList<>();
        for (JsonNode statement : document.path("statement")) {
            List<String> types = new ArrayList<>();
            List<String> identifiers = new ArrayList<>();
            for (JsonNode principal : statement.path("principals")) {
                types.add(principal.path("type").asText());
                identifiers.addAll(Values.strings(principal.path("identifiers")));
            }
            List<String> conditions = new ArrayList<>();
            statement
                    .path("condition")
                    .forEach(c -> conditions.add(c.path("variable").asText()));
            result.add(new IamStatement(
                    statement.path("effect").asText("Allow"),
                    Values.strings(statement.path("actions")),
                    Values.strings(statement.path("resources")),
                    identifiers,
                    types,
                    conditions));
        }
        return result;
    }

    /** The statements of a policy in IAM JSON. */
    public static List<IamStatement> fromJson(JsonNode policy) {
        JsonNode statements = policy.path("Statement");
        List<IamStatement> result = new ArrayList<>();
        for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
            if (!statement.isObject()) {
                continue;
            }
            List<String> types = new ArrayList<>();
            List<String> identifiers = new ArrayList<>();
            JsonNode principal = statement.path("Principal");
            if (principal.isTextual()) {
                types.add("*");
                identifiers.add(principal.asText());
            } else {
                principal.fields().forEachRemaining(entry -> {
                    types.add(entry.getKey());
                    identifiers.addAll(Values.strings(entry.getValue()));
                });
            }
            List<String> conditions = new ArrayList<>();
            statement
                    .path("Condition")
                    .fields()
                    .forEachRemaining(test -> test.getValue().fieldNames().forEachRemaining(conditions::add));
            result.add(new IamStatement(
                    statement.path("Effect").asText("Allow"),
                    Values.strings(statement.path("Action")),
                    Values.strings(statement.path("Resource")),
                    identifiers,
                    types,
                    conditions));
        }
        return result;
    }
}
