package io.enis.stacks.environment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema of environment files ({@code environment.schema.json}, also usable by editors)
 * and the translation of its violations into messages that say which field is wrong and what is
 * allowed: an unknown field lists the known ones, a bad value quotes the field's description.
 */
final class EnvironmentSchema {
    private static final String RESOURCE = "environment.schema.json";

    private final JsonNode schemaNode;
    private final JsonSchema schema;

    EnvironmentSchema() {
        try (InputStream in = EnvironmentSchema.class.getResourceAsStream(RESOURCE)) {
            this.schemaNode = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the classpath", e);
        }
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaNode, SchemaValidatorsConfig.builder().build());
    }

    /** One message per violation, as {@code <field path>: <problem>; allowed: <what>}, sorted by path. */
    List<String> validate(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : messages) {
            if (!isEcho(message)) {
                errors.add(describe(message));
            }
        }
        errors.sort(null);
        return errors;
    }

    private String describe(ValidationMessage message) {
        String path = FieldPath.of(message.getInstanceLocation().toString());
        JsonNode keywordOwner = owningSchema(message);
        switch (message.getType()) {
            case "required":
                return FieldPath.child(path, message.getProperty()) + ": missing required field";
            case "additionalProperties":
            case "unevaluatedProperties":
                return FieldPath.child(path, unknownProperty(message)) + ": unknown field; allowed: "
                        + String.join(", ", knownProperties(keywordOwner));
            case "type":
                return path + ": wrong type: " + typeOf(message.getInstanceNode()) + " found, "
                        + keywordOwner.path("type").asText() + " expected"
                        + (keywordOwner.has("description")
                                ? "; allowed: "
                                        + keywordOwner.path("description").asText()
                                : "");
            case "propertyNames":
                return path + ": key " + message.getInstanceNode() + " is not allowed; allowed: "
                        + keywordOwner.path("description").asText("see environments/README.md");
            default:
                String allowed = keywordOwner.path("description").asText("");
                return path + ": " + render(message.getInstanceNode()) + " is not allowed"
                        + (allowed.isEmpty()
                                ? " (" + message.getMessage().replaceFirst("^\\S+: ", "") + ")"
                                : "; allowed: " + allowed);
        }
    }

    /**
     * True for an {@code unevaluatedProperties} report of a known field: when a referenced schema
     * fails (say, on a bad version), draft 2020-12 forgets what it evaluated, so every field it
     * defines is reported again as unknown. The real error is reported on its own.
     */
    private boolean isEcho(ValidationMessage message) {
        return message.getType().equals("unevaluatedProperties")
                && knownProperties(owningSchema(message)).contains(unknownProperty(message));
    }

    /** The unknown property's name: given by the validator, or the last segment of the instance location. */
    private static String unknownProperty(ValidationMessage message) {
        if (message.getProperty() != null) {
            return message.getProperty();
        }
        String location = message.getInstanceLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Property names a schema object allows: its own and those of the schema it references. */
    private List<String> knownProperties(JsonNode owner) {
        List<String> known = new ArrayList<>();
        if (owner.has("$ref")) {
            known.addAll(names(schemaNode
                    .at(owner.path("$ref").asText().substring(1))
                    .path("properties")
                    .fieldNames()));
        }
        known.addAll(names(owner.path("properties").fieldNames()));
        return known;
    }

    /** The schema object holding the violated keyword, found from the keyword's schema location. */
    private JsonNode owningSchema(ValidationMessage message) {
        String fragment = message.getSchemaLocation().getFragment().toString();
        int keyword = fragment.lastIndexOf('/');
        String pointer = keyword <= 0 ? "" : fragment.substring(0, keyword);
        if (pointer.startsWith("#")) {
            pointer = pointer.substring(1);
        }
        return schemaNode.at(pointer);
    }

    private static String typeOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "string " + node;
        }
        if (node.isIntegralNumber()) {
            return "integer " + node;
        }
        if (node.isNumber()) {
            return "number " + node;
        }
        if (node.isBoolean()) {
            return "boolean " + node;
        }
        return node.isArray() ? "list" : "mapping";
    }

    private static String render(JsonNode node) {
        if (node == null) {
            return "value";
        }
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        return node.isContainerNode() ? (node.isArray() ? "list of " + node.size() : "mapping") : node.toString();
    }

    private static List<String> names(Iterator<String> iterator) {
        List<String> names = new ArrayList<>();
        iterator.forEachRemaining(names::add);
        return names;
    }
}
