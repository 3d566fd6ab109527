package io.enis.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources of one Terraform document — a synthesized {@code cdk.tf.json} (Terraform JSON
 * configuration) or a plan ({@code terraform show -json}) — with the lookups rules need to follow
 * references: settings that live in another resource (a bucket's encryption, a security group's
 * rules, a role's policies) are found by reference ({@code ${aws_s3_bucket.b.id}}) or, in a plan
 * where references are resolved, by equal identifying values.
 */
public final class TerraformModel {
    private static final Pattern REFERENCE =
            Pattern.compile("\\$\\{(data\\.)?([a-z][a-z0-9_]*)\\.([A-Za-z0-9_-]+)[.\\[}]");
    private static final List<String> IDENTIFYING = List.of("id", "bucket", "name", "arn", "key_id");

    private final String stack;
    private final String file;
    private final Map<String, TerraformResource> byAddress = new LinkedHashMap<>();
    private final JsonNode providers;

    private TerraformModel(String stack, String file, List<TerraformResource> resources, JsonNode providers) {
        this.stack = stack;
        this.file = file;
        resources.forEach(resource -> byAddress.put(resource.address(), resource));
        this.providers = providers;
    }

    /**
     * Reads a document, recognizing a plan by its {@code planned_values}.
     *
     * @throws InvalidDocumentException when it is neither Terraform JSON nor a plan, or a
     *     suppression in it is malformed (no reason, bad date)
     */
    public static TerraformModel of(String stack, String file, JsonNode root) {
        if (!root.isObject()) {
            throw new InvalidDocumentException(file
                    + ": not a JSON object; allowed: Terraform JSON (cdk.tf.json) or a plan from terraform show -json");
        }
        if (root.has("planned_values")) {
            List<TerraformResource> resources = new ArrayList<>();
            planResources(stack, file, root.path("planned_values").path("root_module"), resources);
            return new TerraformModel(
                    stack, file, resources, root.path("configuration").path("provider_config"));
        }
        if (!root.has("resource") && !root.has("data") && !root.has("terraform") && !root.has("provider")) {
            throw new InvalidDocumentException(file + ": has no resource, data, provider or terraform block; "
                    + "allowed: Terraform JSON (cdk.tf.json) or a plan from terraform show -json");
        }
        List<TerraformResource> resources = new ArrayList<>();
        configResources(stack, file, root.path("resource"), false, resources);
        configResources(stack, file, root.path("data"), true, resources);
        return new TerraformModel(stack, file, resources, root.path("provider"));
    }

    private static void configResources(
            String stack, String file, JsonNode blocks, boolean data, List<TerraformResource> into) {
        blocks.fields()
                .forEachRemaining(byType -> byType.getValue().fields().forEachRemaining(byName -> {
                    JsonNode body = byName.getValue();
                    String address = (data ? "data." : "") + byType.getKey() + "." + byName.getKey();
                    into.add(new TerraformResource(
                            stack,
                            file,
                            data,
                            byType.getKey(),
                            byName.getKey(),
                            body,
                            suppressions(file, address, body.path("//").path(Suppression.METADATA_KEY))));
                }));
    }

    private static void planResources(String stack, String file, JsonNode module, List<TerraformResource> into) {
        for (JsonNode resource : module.path("resources")) {
            into.add(new TerraformResource(
                    stack,
                    file,
                    "data".equals(resource.path("mode").asText()),
                    resource.path("type").asText(),
                    resource.path("address").asText().replaceFirst("^(data\\.)?[^.]+\\.", ""),
                    resource.path("values"),
                    List.of()));
        }
        for (JsonNode child : module.path("child_modules")) {
            planResources(stack, file, child, into);
        }
    }

    private static List<Suppression> suppressions(String file, String address, JsonNode list) {
        List<Suppression> result = new ArrayList<>();
        for (JsonNode entry : list) {
            String rule = entry.path("rule").asText("");
            String reason = entry.path("reason").asText("");
            if (rule.isBlank() || reason.isBlank()) {
                throw new InvalidDocumentException(
                        file + ": " + address + ": suppression " + entry + " needs a rule id and a reason");
            }
            LocalDate expires = null;
            if (entry.hasNonNull("expires")) {
                try {
                    expires = LocalDate.parse(entry.path("expires").asText());
                } catch (DateTimeParseException e) {
                    throw new InvalidDocumentException(file + ": " + address + ": suppression of " + rule
                            + " has expires '" + entry.path("expires").asText() + "'; allowed: a date YYYY-MM-DD");
                }
            }
            result.add(new Suppression(rule, reason, expires));
        }
        return result;
    }

    /** The stack (or file name) of this document. */
    public String stack() {
        return stack;
    }

    /** The file this document was read from. */
    public String file() {
        return file;
    }

    /** Every resource and data source. */
    public List<TerraformResource> all() {
        return List.copyOf(byAddress.values());
    }

    /** Managed resources of one type. */
    public List<TerraformResource> resources(String type) {
        return byAddress.values().stream()
                .filter(r -> !r.data() && r.type().equals(type))
                .toList();
    }

    /** Data sources of one type. */
    public List<TerraformResource> dataSources(String type) {
        return byAddress.values().stream()
                .filter(r -> r.data() && r.type().equals(type))
                .toList();
    }

    /** The provider blocks ({@code provider} of Terraform JSON, {@code provider_config} of a plan). */
    public JsonNode providers() {
        return providers == null ? MissingNode.getInstance() : providers;
    }

    /** The resource a value such as {@code ${aws_s3_bucket.b.id}} refers to, if it is one reference to a known resource. */
    public Optional<TerraformResource> referenced(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(value.asText());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String address = (matcher.group(1) == null ? "" : "data.") + matcher.group(2) + "." + matcher.group(3);
        return Optional.ofNullable(byAddress.get(address));
    }

    /**
     * Resources of {@code type} whose {@code attribute} designates {@code target}: a reference to it,
     * or (in a plan) a literal equal to one of its identifying values ({@code id}, {@code bucket},
     * {@code name}, {@code arn}, {@code key_id}).
     */
    public List<TerraformResource> pointingAt(TerraformResource target, String type, String attribute) {
        List<TerraformResource> result = new ArrayList<>();
        for (TerraformResource candidate : resources(type)) {
            JsonNode value = candidate.at(attribute);
            if (designates(value, target)) {
                result.add(candidate);
            }
        }
        return result;
    }

    private boolean designates(JsonNode value, TerraformResource target) {
        if (!value.isTextual()) {
            return false;
        }
        Optional<TerraformResource> reference = referenced(value);
        if (reference.isPresent()) {
            return reference.get() == target;
        }
        for (String key : IDENTIFYING) {
            JsonNode identifying = target.values().path(key);
            if (identifying.isTextual()
                    && !Values.unknown(identifying)
                    && identifying.asText().equals(value.asText())) {
                return true;
            }
        }
        return false;
    }
}
