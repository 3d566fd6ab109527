package io.enis.compliance.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a catalogue document ({@code {"frameworks": [...], "mappings": [...]}}, the shape of
 * {@code catalogue/catalogue.json}) and checks it: unique ids, controls with a title and a freshness
 * of 1 to 3650 days, mappings between known controls of two different frameworks with a known
 * relationship and a strength of 1 to 10. Every problem is reported at once, each with its JSON path.
 */
final class CatalogueReader {
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private CatalogueReader(String source) {
        this.source = source;
    }

    /** @throws IllegalStateException listing every problem found, each with its path in {@code source} */
    static Catalogue read(byte[] json, String source) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(source + ": not JSON: " + e.getMessage(), e);
        }
        return new CatalogueReader(source).catalogue(root);
    }

    private Catalogue catalogue(JsonNode root) {
        List<Framework> frameworks = new ArrayList<>();
        Set<ControlRef> known = new HashSet<>();
        JsonNode list = root.path("frameworks");
        for (int i = 0; i < list.size(); i++) {
            Framework f = framework(list.get(i), "frameworks[" + i + "]");
            if (frameworks.stream().anyMatch(other -> other.id().equals(f.id()))) {
                problems.add("frameworks[" + i + "].id: '" + f.id() + "' appears twice");
            }
            for (Control c : f.controls()) {
                if (!known.add(c.ref())) {
                    problems.add("frameworks[" + i + "]: control " + c.id() + " appears twice");
                }
            }
            frameworks.add(f);
        }
        List<Mapping> mappings = new ArrayList<>();
        JsonNode ms = root.path("mappings");
        for (int i = 0; i < ms.size(); i++) {
            Mapping m = mapping(ms.get(i), "mappings[" + i + "]", known);
            if (m != null) {
                mappings.add(m);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(source + ": " + String.join("; ", problems));
        }
        return new Catalogue(frameworks, mappings);
    }

    private Framework framework(JsonNode node, String path) {
        String id = text(node, "id", path);
        if (!FRAMEWORK_ID.matcher(id).matches()) {
            problems.add(path + ".id: '" + id + "' must be 2-32 of A-Z 0-9 _ starting with a letter");
        }
        List<Requirement> requirements = new ArrayList<>();
        JsonNode rs = node.path("requirements");
        for (int r = 0; r < rs.size(); r++) {
            String rpath = path + ".requirements[" + r + "]";
            JsonNode req = rs.get(r);
            String reqId = text(req, "id", rpath);
            List<Control> controls = new ArrayList<>();
            JsonNode cs = req.path("controls");
            for (int c = 0; c < cs.size(); c++) {
                String cpath = rpath + ".controls[" + c + "]";
                int days = cs.get(c).path("freshnessDays").asInt(0);
                if (days < 1 || days > 3650) {
                    problems.add(cpath + ".freshnessDays: must be 1 to 3650");
                }
                controls.add(
                        new Control(id, reqId, text(cs.get(c), "id", cpath), text(cs.get(c), "title", cpath), days));
            }
            requirements.add(new Requirement(reqId, text(req, "title", rpath), controls));
        }
        return new Framework(
                id,
                text(node, "title", path),
                text(node, "version", path),
                text(node, "description", path),
                requirements);
    }

    private Mapping mapping(JsonNode node, String path, Set<ControlRef> known) {
        ControlRef from = ref(node, "from", path, known);
        ControlRef to = ref(node, "to", path, known);
        String label = text(node, "relationship", path);
        var relationship = Relationship.of(label);
        if (relationship.isEmpty()) {
            problems.add(path + ".relationship: '" + label + "' must be " + Relationship.allowed());
        }
        int strength = node.path("strength").asInt(0);
        if (strength < 1 || strength > 10) {
            problems.add(path + ".strength: must be 1 to 10");
        }
        if (from != null && to != null && from.framework().equals(to.framework())) {
            problems.add(path + ": maps two controls of " + from.framework() + "; mappings are across frameworks");
        }
        if (from == null || to == null || relationship.isEmpty()) {
            return null;
        }
        return new Mapping(from, to, relationship.get(), strength, text(node, "rationale", path));
    }

    private ControlRef ref(JsonNode node, String field, String path, Set<ControlRef> known) {
        String text = text(node, field, path);
        var ref = ControlRef.parse(text);
        if (ref.isEmpty() || !known.contains(ref.get())) {
            problems.add(path + "." + field + ": '" + text + "' is not a control of the catalogue (FRAMEWORK:CONTROL)");
            return null;
        }
        return ref.get();
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(path + "." + field + ": is required");
            return "";
        }
        return value.asText();
    }
}
