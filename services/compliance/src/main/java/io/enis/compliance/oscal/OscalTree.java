package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks the tree of an OSCAL catalog as JSON: its groups, their groups, and controls within controls. */
final class OscalTree {
    private OscalTree() {}

    /**
     * Every control under {@code container} (a catalog, group or control), in document order: a container's own
     * controls with their nested controls depth first, then its groups'.
     */
    static List<ObjectNode> controls(JsonNode container) {
        List<ObjectNode> out = new ArrayList<>();
        collect(container, out);
        return out;
    }

    private static void collect(JsonNode container, List<ObjectNode> out) {
        for (JsonNode c : container.path("controls")) {
            out.add((ObjectNode) c);
            collect(c, out);
        }
        for (JsonNode g : container.path("groups")) {
            collect(g, out);
        }
    }

    /** Every group under {@code container}, nested ones included, in document order. */
    static List<ObjectNode> groups(JsonNode container) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode g : container.path("groups")) {
            out.add((ObjectNode) g);
            out.addAll(groups(g));
        }
        return out;
    }

    /** The array {@code field} of {@code node}, created empty when absent. */
    static ArrayNode array(ObjectNode node, String field) {
        JsonNode existing = node.get(field);
        return existing instanceof ArrayNode a ? a : node.putArray(field);
    }

    /** Removes {@code field} from {@code node} when it is an empty array (OSCAL arrays have at least one item). */
    static void dropEmpty(ObjectNode node, String field) {
        JsonNode a = node.get(field);
        if (a != null && a.isArray() && a.isEmpty()) {
            node.remove(field);
        }
    }

    /** The value of {@code node}'s property {@code name} without a namespace (OSCAL's own, like {@code label}). */
    static Optional<String> oscalProp(JsonNode node, String name) {
        for (JsonNode p : node.path("props")) {
            if (name.equals(p.path("name").asText()) && !p.has("ns")) {
                return Optional.of(p.path("value").asText());
            }
        }
        return Optional.empty();
    }
}
