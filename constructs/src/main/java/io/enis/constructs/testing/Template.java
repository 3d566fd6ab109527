package io.enis.constructs.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Synthesized Terraform JSON of one stack, with lookups for assertions in tests, in the spirit of
 * AWS CDK's {@code Template.fromStack}.
 */
public final class Template {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;

    private Template(JsonNode root) {
        this.root = root;
    }

    /** Synthesizes {@code stack} (running cdktf validations) and parses the result, without {@code "//"} metadata. */
    public static Template synth(TerraformStack stack) {
        return parse(Testing.synth(stack, true));
    }

    /**
     * Synthesizes {@code stack} as an app writes it, keeping the {@code "//"} metadata blocks
     * (where policy suppressions live) that {@link #synth} leaves out.
     *
     * @throws java.io.UncheckedIOException when the written file cannot be read
     */
    public static Template synthWithMetadata(TerraformStack stack) {
        String outdir = Testing.fullSynth(stack);
        java.nio.file.Path file =
                java.nio.file.Path.of(outdir, "stacks", stack.getNode().getId(), "cdk.tf.json");
        try {
            return parse(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses a {@code cdk.tf.json} document.
     *
     * @throws IllegalArgumentException when {@code json} is not valid JSON
     */
    public static Template parse(String json) {
        try {
            return new Template(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Terraform JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /** The whole document. */
    public JsonNode json() {
        return root;
    }

    /** Resources of one type by their logical name; empty when there are none. */
    public Map<String, JsonNode> resources(String type) {
        return children(root.path("resource").path(type));
    }

    /** Data sources of one type by their logical name; empty when there are none. */
    public Map<String, JsonNode> dataSources(String type) {
        return children(root.path("data").path(type));
    }

    /**
     * The only resource of {@code type}.
     *
     * @throws AssertionError when there are none or several
     */
    public JsonNode resource(String type) {
        Map<String, JsonNode> found = resources(type);
        if (found.size() != 1) {
            throw new AssertionError(
                    "expected exactly one " + type + " but found " + found.size() + ": " + found.keySet());
        }
        return found.values().iterator().next();
    }

    /** Number of resource blocks of every type. */
    public int resourceCount() {
        int count = 0;
        for (JsonNode byType : root.path("resource")) {
            count += byType.size();
        }
        return count;
    }

    /** Terraform outputs by name. */
    public Map<String, JsonNode> outputs() {
        return children(root.path("output"));
    }

    private static Map<String, JsonNode> children(JsonNode node) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
