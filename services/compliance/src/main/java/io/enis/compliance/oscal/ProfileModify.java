package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.domain.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The modify phase of OSCAL profile resolution, on the merged catalog ({@link ProfileMerge}), in the order the
 * profile gives: every {@code set-parameters[]}, then every {@code alters[]} (its {@code removes}, then its
 * {@code adds}).
 *
 * <p>{@code set-parameters}: the parameter {@code param-id} of a control, group or the catalog gets the given
 * {@code label}, {@code values}, {@code select}, {@code class}, {@code usage} and {@code depends-on} instead of
 * its own; {@code constraints} and {@code guidelines} are added after its own; a {@code prop} replaces the one
 * with its name and a {@code link} the one with its href, others are added (as compliance-trestle does).
 *
 * <p>{@code alters[].removes[]} removes from the control ({@code control-id}), and from its parts at any depth,
 * each param, prop, link or part that matches every criterion given: {@code by-name}, {@code by-class},
 * {@code by-id}, {@code by-ns}, {@code by-item-name} (the kind: {@code param}, {@code prop}, {@code link},
 * {@code part}); a remove that matches nothing changes nothing. {@code alters[].adds[]}: without {@code by-id}
 * (or with the control's id) the {@code title} replaces the control's, and {@code params}, {@code props},
 * {@code links} and {@code parts} go at the start ({@code position: starting}) or end ({@code ending}, the
 * default) of the control's. With {@code by-id} naming a part anywhere in the control, {@code starting} /
 * {@code ending} put the items inside that part, and {@code before} / {@code after} put the {@code parts} next
 * to it in its list and the props and links at the start / end of the part itself (compliance-trestle's reading
 * of the spec). Nested controls are not touched by their parent's alter.
 *
 * <p>Refused, named by JSON path: a {@code param-id}, {@code control-id} or {@code by-id} the resolved catalog
 * does not have; {@code before} / {@code after} without a part to be next to; {@code params} added to a part
 * (OSCAL parts have none); a remove without criteria or with another {@code by-item-name}.
 */
final class ProfileModify {
    private static final List<String> ITEM_KINDS = List.of("param", "prop", "link", "part");
    private static final Map<String, String> KIND_OF_LIST =
            Map.of("params", "param", "props", "prop", "links", "link", "parts", "part");
    private static final List<String> REPLACED = List.of("label", "values", "select", "class", "usage", "depends-on");

    private final List<Violation> problems;
    private final Map<String, ObjectNode> controls = new LinkedHashMap<>();
    private final Map<String, ObjectNode> params = new LinkedHashMap<>();

    private ProfileModify(ObjectNode catalog, List<Violation> problems) {
        this.problems = problems;
        indexParams(catalog);
        OscalTree.groups(catalog).forEach(this::indexParams);
        for (ObjectNode c : OscalTree.controls(catalog)) {
            controls.putIfAbsent(c.path("id").asText(), c);
            indexParams(c);
        }
    }

    /** Applies {@code profile.modify} to {@code catalog} (the merged {@code catalog} object) in place. */
    static void apply(JsonNode profile, ObjectNode catalog, List<Violation> problems) {
        JsonNode modify = profile.path("modify");
        if (modify.isMissingNode()) {
            return;
        }
        var m = new ProfileModify(catalog, problems);
        JsonNode sets = modify.path("set-parameters");
        for (int i = 0; i < sets.size(); i++) {
            m.setParameter(sets.get(i), "profile.modify.set-parameters[" + i + "]");
        }
        JsonNode alters = modify.path("alters");
        for (int i = 0; i < alters.size(); i++) {
            m.alter(alters.get(i), "profile.modify.alters[" + i + "]");
        }
    }

    private void indexParams(JsonNode owner) {
        owner.path("params").forEach(p -> params.putIfAbsent(p.path("id").asText(), (ObjectNode) p));
    }

    /** The item of {@code index} that {@code field} of {@code node} names, or {@code null} once reported. */
    private ObjectNode target(Map<String, ObjectNode> index, JsonNode node, String field, String path, String absent) {
        String id = node.path(field).asText();
        ObjectNode found = index.get(id);
        if (found == null) {
            problems.add(new Violation(path + "." + field, "'" + id + "' " + absent + known(index)));
        }
        return found;
    }

    private void setParameter(JsonNode set, String path) {
        ObjectNode param =
                target(params, set, "param-id", path, "is not a parameter of the selected controls; they have ");
        if (param == null) {
            return;
        }
        for (String field : REPLACED) {
            if (set.has(field)) {
                param.set(field, set.get(field));
            }
        }
        for (String field : List.of("constraints", "guidelines")) {
            insert(param, field, set.path(field), false);
        }
        replaceOrAdd(param, "props", set.path("props"), "name");
        replaceOrAdd(param, "links", set.path("links"), "href");
    }

    private static void replaceOrAdd(ObjectNode param, String field, JsonNode items, String key) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode list = OscalTree.array(param, field);
        for (JsonNode item : items) {
            int at = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).path(key).asText().equals(item.path(key).asText())) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                list.set(at, item);
            } else {
                list.add(item);
            }
        }
    }

    private void alter(JsonNode alter, String path) {
        ObjectNode control =
                target(controls, alter, "control-id", path, "is not a control the profile selects; it selects ");
        if (control == null) {
            return;
        }
        JsonNode removes = alter.path("removes");
        for (int j = 0; j < removes.size(); j++) {
            remove(control, removes.get(j), path + ".removes[" + j + "]");
        }
        JsonNode adds = alter.path("adds");
        for (int j = 0; j < adds.size(); j++) {
            add(control, adds.get(j), path + ".adds[" + j + "]");
        }
    }

    private void remove(ObjectNode control, JsonNode remove, String path) {
        List<Predicate<JsonNode>> criteria = new ArrayList<>();
        for (String field : List.of("name", "class", "id", "ns")) {
            if (remove.has("by-" + field)) {
                String wanted = remove.get("by-" + field).asText();
                criteria.add(item -> wanted.equals(item.path(field).asText(null)));
            }
        }
        String kind = remove.path("by-item-name").asText(null);
        if (kind != null && !ITEM_KINDS.contains(kind)) {
            problems.add(new Violation(
                    path + ".by-item-name", "'" + kind + "' must be one of " + String.join(", ", ITEM_KINDS)));
            return;
        }
        if (criteria.isEmpty() && kind == null) {
            problems.add(new Violation(
                    path, "names nothing to remove; give by-name, by-class, by-id, by-ns or by-item-name"));
            return;
        }
        removeFrom(control, kind, item -> criteria.stream().allMatch(c -> c.test(item)));
    }

    private static void removeFrom(ObjectNode owner, String kind, Predicate<JsonNode> matches) {
        for (Map.Entry<String, String> list : KIND_OF_LIST.entrySet()) {
            JsonNode items = owner.get(list.getKey());
            if (!(items instanceof ArrayNode array)) {
                continue;
            }
            boolean kindMatches = kind == null || kind.equals(list.getValue());
            for (int i = array.size() - 1; i >= 0; i--) {
                if (kindMatches && matches.test(array.get(i))) {
                    array.remove(i);
                }
            }
            if (list.getKey().equals("parts")) {
                array.forEach(part -> removeFrom((ObjectNode) part, kind, matches));
            }
            OscalTree.dropEmpty(owner, list.getKey());
        }
    }

    private void add(ObjectNode control, JsonNode add, String path) {
        String position = add.path("position").asText("ending");
        String byId = add.path("by-id").asText(control.path("id").asText());
        if (byId.equals(control.path("id").asText())) {
            if (position.equals("before") || position.equals("after")) {
                problems.add(new Violation(
                        path + ".position",
                        "'" + position + "' needs by-id naming a part of " + byId
                                + " to be next to; at the control itself use starting or ending"));
                return;
            }
            if (add.has("title")) {
                control.set("title", add.get("title"));
            }
            for (String field : List.of("params", "props", "links", "parts")) {
                insert(control, field, add.path(field), position.equals("starting"));
            }
            return;
        }
        Located part = locate(OscalTree.array(control, "parts"), byId);
        OscalTree.dropEmpty(control, "parts");
        if (part == null) {
            problems.add(new Violation(
                    path + ".by-id",
                    "'" + byId + "' is neither " + control.path("id").asText() + " nor one of its parts"));
            return;
        }
        if (add.has("params")) {
            problems.add(new Violation(
                    path + ".params", "can only be added to the control itself (OSCAL parts have no params)"));
            return;
        }
        boolean beside = position.equals("before") || position.equals("after");
        if (beside) {
            int at = part.index() + (position.equals("after") ? 1 : 0);
            for (JsonNode p : add.path("parts")) {
                part.list().insert(at++, p);
            }
        } else {
            insert(part.part(), "parts", add.path("parts"), position.equals("starting"));
        }
        if (add.has("title")) {
            part.part().set("title", add.get("title"));
        }
        boolean atStart = position.equals("starting") || position.equals("before");
        insert(part.part(), "props", add.path("props"), atStart);
        insert(part.part(), "links", add.path("links"), atStart);
    }

    private static void insert(ObjectNode owner, String field, JsonNode items, boolean atStart) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode list = OscalTree.array(owner, field);
        if (atStart) {
            for (int i = items.size() - 1; i >= 0; i--) {
                list.insert(0, items.get(i));
            }
        } else {
            list.addAll((ArrayNode) items);
        }
    }

    /** A part and where it is: its list and index. */
    private record Located(ArrayNode list, int index, ObjectNode part) {}

    private static Located locate(ArrayNode parts, String id) {
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode part = (ObjectNode) parts.get(i);
            if (id.equals(part.path("id").asText(null))) {
                return new Located(parts, i, part);
            }
            if (part.get("parts") instanceof ArrayNode nested) {
                Located found = locate(nested, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String known(Map<String, ?> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        List<String> first = ids.keySet().stream().limit(20).toList();
        return String.join(", ", first) + (ids.size() > first.size() ? ", …" : "");
    }
}
