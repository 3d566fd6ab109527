package io.enis.kit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service's OpenAPI 3.1 document: its own {@code openapi/<service>.json} merged with the kit's
 * {@code openapi/kit.json} (health, metrics, key administration, shared schemas and problems), with
 * the responses the kit gives on every operation added ({@link KitResponses}). Served at
 * {@code /openapi.json}; {@link #operations()} feeds the contract test.
 */
public final class OpenApiDocument {
    private final ObjectNode document;
    private final String json;

    private OpenApiDocument(ObjectNode document) {
        this.document = document;
        this.json = Json.write(document);
    }

    /**
     * @param scopes every scope an API key of the service can carry: the {@code Scope} schema lists them
     * @throws IllegalStateException when a document is missing or not JSON (a build defect)
     */
    public static OpenApiDocument load(String service, String version, Set<String> scopes) {
        ObjectNode doc = (ObjectNode) read("openapi/" + service + ".json");
        JsonNode kit = read("openapi/kit.json");
        merge((ObjectNode) doc.with("paths"), kit.get("paths"));
        for (String section : new String[] {"schemas", "responses", "parameters", "securitySchemes"}) {
            merge(
                    (ObjectNode) doc.with("components").with(section),
                    kit.path("components").get(section));
        }
        ((ObjectNode) doc.with("info")).put("version", version);
        var scopeEnum = ((ObjectNode) doc.path("components").path("schemas").path("Scope")).putArray("enum");
        new TreeSet<>(scopes).forEach(scopeEnum::add);
        KitResponses.addTo(doc);
        return new OpenApiDocument(doc);
    }

    private static void merge(ObjectNode target, JsonNode source) {
        if (source == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!target.has(e.getKey())) {
                target.set(e.getKey(), e.getValue());
            }
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The document as JSON. */
    public String json() {
        return json;
    }

    /** Every operation as {@code "GET /v1/x scope"} (scope {@code -} for public ones). */
    public Set<String> operations() {
        Set<String> out = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (op.getKey().matches("get|put|post|delete|patch")) {
                        JsonNode security = op.getValue().path("security");
                        String scope = security.isArray() && !security.isEmpty()
                                ? security.get(0).path("apiKey").path(0).asText("-")
                                : "-";
                        out.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + scope);
                    }
                }));
        return out;
    }
}
