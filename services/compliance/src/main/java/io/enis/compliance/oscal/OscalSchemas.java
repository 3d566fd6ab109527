package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * NIST's OSCAL 1.1.3 JSON schemas for the catalog and profile models (shipped as resources under
 * {@code oscal/1.1.3/}, their source in the README beside them), compiled once. {@link #check} refuses a
 * document that does not conform, with one {@link Violation} per problem (at most {@value #MAX_VIOLATIONS}),
 * each naming the JSON path of the offending value ({@code catalog.metadata.title}) and what the schema allows.
 */
public final class OscalSchemas {
    static final int MAX_VIOLATIONS = 20;

    /** The OSCAL models whose documents are imported. */
    public enum Model {
        CATALOG("catalog", "oscal/1.1.3/oscal_catalog_schema.json"),
        PROFILE("profile", "oscal/1.1.3/oscal_profile_schema.json");

        private final String root;
        private final String resource;

        Model(String root, String resource) {
            this.root = root;
            this.resource = resource;
        }

        /** The document's top-level property ({@code catalog}, {@code profile}). */
        public String root() {
            return root;
        }
    }

    private final JsonSchema catalog;
    private final JsonSchema profile;

    public OscalSchemas() {
        this.catalog = load(Model.CATALOG.resource);
        this.profile = load(Model.PROFILE.resource);
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = OscalSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode schema = Json.MAPPER.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(
                            schema,
                            SchemaValidatorsConfig.builder()
                                    .pathType(PathType.JSON_PATH)
                                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Checks {@code document} against the schema of {@code model}.
     *
     * @throws InvalidInputException with a violation per schema error, each at its JSON path
     */
    public void check(Model model, JsonNode document) {
        if (!document.isObject() || !document.has(model.root())) {
            throw new InvalidInputException(
                    "not an OSCAL " + model.root(),
                    List.of(new Violation(
                            model.root(), "is required: an OSCAL 1.1.x " + model.root() + " document in JSON")));
        }
        Set<ValidationMessage> messages = (model == Model.CATALOG ? catalog : profile).validate(document);
        if (messages.isEmpty()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        messages.stream()
                .sorted(Comparator.comparing(
                                (ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .limit(MAX_VIOLATIONS)
                .forEach(m -> violations.add(new Violation(path(m), allowed(m))));
        throw new InvalidInputException(
                "the document does not conform to the OSCAL 1.1.3 " + model.root() + " schema (" + messages.size()
                        + " problem" + (messages.size() == 1 ? "" : "s") + ")",
                violations);
    }

    private static String path(ValidationMessage m) {
        // JSONPath writes names with a hyphen as ['last-modified']; the violations elsewhere are dotted
        String location = m.getInstanceLocation().toString().replaceAll("\\['([^']*)'\\]", ".$1");
        String path = location.startsWith("$.") ? location.substring(2) : location.replaceFirst("^\\$", "");
        if (m.getProperty() != null && "required".equals(m.getType())) {
            path = path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
        }
        return path.isEmpty() ? "$" : path;
    }

    private static String allowed(ValidationMessage m) {
        String text = m.getMessage();
        // networknt prefixes the message with the instance location; the violation names it already
        int colon = text.indexOf(": ");
        return colon > 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
    }
}
