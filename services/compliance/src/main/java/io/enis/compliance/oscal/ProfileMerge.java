package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.domain.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merge phase of OSCAL profile resolution: the catalogs pruned by each import ({@link ControlSelection})
 * become one, as the profile's {@code merge} says — the rules compliance-trestle applies, so its resolution of
 * the same profile can be compared with ours.
 *
 * <p>Structure: {@code as-is: true} keeps the imported catalogs' groups (groups with the same id are one group);
 * otherwise ({@code flat}, {@code as-is: false}, or no {@code merge} at all) the result has no groups, every
 * selected control (with the controls nested in it) at the top in document order, and the groups' parameters
 * among the catalog's. {@code custom} is refused.
 *
 * <p>Combination, where two imports bring items with the same {@code id} (a control, a group, a parameter, a
 * part) or, without one, the same {@code name} (a property): {@code keep} — the default without {@code merge} —
 * keeps both (two controls with one id are then refused by {@link OscalProfileResolver}, as no catalog can hold
 * them); {@code use-first} keeps the first import's item and drops the later ones whole; {@code merge} — the
 * default of a {@code merge} without {@code combine.method} — merges the later item into the first: lists are
 * combined the same way item by item (an identical item is not added twice), and a later non-list value
 * (a title, a property's value) replaces the earlier one.
 */
final class ProfileMerge {
    static final String KEEP = "keep";
    static final String USE_FIRST = "use-first";
    static final String MERGE = "merge";

    /** Members of a catalog that are not merged: each import's own. */
    private static final Set<String> CATALOG_OWN = Set.of("uuid", "metadata", "back-matter");
    /** Members that identify an item, equal in two items that are merged. */
    private static final Set<String> KEYS = Set.of("id", "name");

    private ProfileMerge() {}

    /** How the profile's {@code merge} combines, in {@link #KEEP}, {@link #USE_FIRST}, {@link #MERGE}. */
    static String method(JsonNode profile) {
        JsonNode merge = profile.path("merge");
        if (merge.isMissingNode()) {
            return KEEP;
        }
        return merge.path("combine").path("method").asText(MERGE);
    }

    /**
     * One catalog of {@code pruned} (changed in place; the first becomes the result).
     *
     * @return the merged {@code catalog} object, or {@code null} after reporting an unsupported directive
     */
    static ObjectNode merge(JsonNode profile, List<ObjectNode> pruned, List<Violation> problems) {
        JsonNode merge = profile.path("merge");
        if (merge.has("custom")) {
            problems.add(
                    new Violation(
                            "profile.merge.custom",
                            "is not supported; use \"as-is\": true (the imported catalogs' groups) or \"flat\": {} (no groups)"));
            return null;
        }
        String method = method(profile);
        if (!List.of(KEEP, USE_FIRST, MERGE).contains(method)) {
            problems.add(new Violation(
                    "profile.merge.combine.method", "'" + method + "' must be one of use-first, merge, keep"));
            return null;
        }
        boolean asIs = merge.path("as-is").asBoolean(false);
        ObjectNode result = null;
        for (ObjectNode catalog : pruned) {
            if (!asIs) {
                flatten(catalog);
            }
            if (result == null) {
                result = catalog;
            } else {
                mergeObjects(result, catalog, method, CATALOG_OWN);
            }
        }
        return result;
    }

    /** Moves every group's controls and parameters to the catalog, in document order, and removes the groups. */
    private static void flatten(ObjectNode catalog) {
        if (!catalog.has("groups")) {
            return;
        }
        ArrayNode controls = OscalTree.array(catalog, "controls");
        ArrayNode params = OscalTree.array(catalog, "params");
        for (JsonNode group : catalog.get("groups")) {
            contents(group, controls, params);
        }
        catalog.remove("groups");
        OscalTree.dropEmpty(catalog, "controls");
        OscalTree.dropEmpty(catalog, "params");
    }

    private static void contents(JsonNode group, ArrayNode controls, ArrayNode params) {
        group.path("controls").forEach(controls::add);
        group.path("params").forEach(params::add);
        group.path("groups").forEach(g -> contents(g, controls, params));
    }

    private static void mergeObjects(ObjectNode dest, ObjectNode src, String method, Set<String> skip) {
        Iterator<Map.Entry<String, JsonNode>> fields = src.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = dest.get(name);
            if (skip.contains(name)) {
                continue;
            }
            if (existing instanceof ArrayNode list && !list.isEmpty() && value.isArray()) {
                mergeLists(list, (ArrayNode) value, method);
            } else if (existing == null || !(method.equals(USE_FIRST) || existing.equals(value))) {
                dest.set(name, value);
            }
        }
    }

    private static void mergeLists(ArrayNode dest, ArrayNode src, String method) {
        if (method.equals(KEEP)) {
            dest.addAll(src);
            return;
        }
        List<JsonNode> added = new ArrayList<>();
        for (JsonNode item : src) {
            if (contains(dest, item)) {
                continue;
            }
            ObjectNode same = sameKey(dest, item);
            if (same == null) {
                added.add(item);
            } else if (method.equals(MERGE)) {
                mergeObjects(same, (ObjectNode) item, method, KEYS);
            }
        }
        dest.addAll(added);
    }

    private static boolean contains(ArrayNode list, JsonNode item) {
        for (JsonNode other : list) {
            if (other.equals(item)) {
                return true;
            }
        }
        return false;
    }

    /** The item of {@code list} with {@code item}'s id (or, without one, its name), or {@code null}. */
    private static ObjectNode sameKey(ArrayNode list, JsonNode item) {
        String key = key(item);
        if (key == null) {
            return null;
        }
        for (JsonNode other : list) {
            if (key.equals(key(other)) && other instanceof ObjectNode o) {
                return o;
            }
        }
        return null;
    }

    private static String key(JsonNode item) {
        if (!item.isObject()) {
            return null;
        }
        JsonNode id = item.has("id") ? item.get("id") : item.get("name");
        return id == null ? null : id.asText();
    }
}
