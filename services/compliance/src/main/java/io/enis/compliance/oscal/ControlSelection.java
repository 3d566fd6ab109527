package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.domain.Violation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The import phase of OSCAL profile resolution for one {@code imports[i]}: which controls of its catalog are
 * selected, and the catalog pruned to them.
 *
 * <p>{@code include-all} (or neither it nor {@code include-controls}) selects every control;
 * {@code include-controls[]} selects by {@code with-ids} (a control's {@code id}, or its {@code label} property,
 * which for ENIS's catalog export is the control's id in its framework: {@code A.8.24}) and by {@code matching}
 * patterns ({@code *} any run of characters, {@code ?} one character, matched against the whole id); with
 * {@code with-child-controls: yes} a selected control brings every control nested in it. {@code exclude-controls}
 * takes the same selectors and removes what they select. An id in {@code with-ids} that the catalog does not
 * have is refused (a typo would otherwise silently shrink the profile); a pattern that matches nothing is not.
 *
 * <p>The pruned catalog keeps the catalog's structure (groups, their {@code params}, {@code props}, {@code parts})
 * where a selected control remains; a selected control nested in one that is not selected takes its place in
 * the parent's container; a group left without controls is dropped. Selected controls keep all their content.
 */
final class ControlSelection {
    private final String path;
    private final List<Violation> problems;
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();

    private ControlSelection(JsonNode catalog, String path, List<Violation> problems) {
        this.path = path;
        this.problems = problems;
        OscalTree.controls(catalog).forEach(c -> byId.putIfAbsent(c.path("id").asText(), c));
    }

    /** What one import selected: the ids, in catalog order, and the catalog pruned to them. */
    record Selected(Set<String> ids, ObjectNode catalog) {}

    /**
     * @param catalog  the {@code catalog} object of the imported catalog (not changed)
     * @param imp      the profile's {@code imports[i]}
     * @param path     its JSON path, {@code profile.imports[0]}, for problems
     * @param problems where unknown ids are reported
     */
    static Selected select(JsonNode catalog, JsonNode imp, String path, List<Violation> problems) {
        return new ControlSelection(catalog, path, problems).run(catalog, imp);
    }

    private Selected run(JsonNode catalog, JsonNode imp) {
        Set<String> chosen = new LinkedHashSet<>();
        JsonNode includes = imp.path("include-controls");
        if (imp.has("include-all") || !imp.has("include-controls")) {
            chosen.addAll(byId.keySet());
        }
        for (int j = 0; j < includes.size(); j++) {
            chosen.addAll(pick(includes.get(j), path + ".include-controls[" + j + "]"));
        }
        JsonNode excludes = imp.path("exclude-controls");
        for (int j = 0; j < excludes.size(); j++) {
            chosen.removeAll(pick(excludes.get(j), path + ".exclude-controls[" + j + "]"));
        }
        Set<String> ordered = new LinkedHashSet<>();
        byId.keySet().stream().filter(chosen::contains).forEach(ordered::add);
        ObjectNode pruned = catalog.deepCopy();
        prune(pruned, ordered);
        return new Selected(ordered, pruned);
    }

    private Set<String> pick(JsonNode selector, String at) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode ids = selector.path("with-ids");
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k).asText();
            ObjectNode match = byId.get(id);
            if (match == null) {
                match = byId.values().stream()
                        .filter(c -> OscalTree.oscalProp(c, "label")
                                .filter(id::equals)
                                .isPresent())
                        .findFirst()
                        .orElse(null);
            }
            if (match == null) {
                problems.add(new Violation(
                        at + ".with-ids[" + k + "]",
                        "'" + id + "' is not a control of the imported catalog; use its OSCAL id (as in "
                                + "GET /v1/compliance/oscal/catalog) or its id in the framework"));
            } else {
                out.add(match.path("id").asText());
            }
        }
        for (JsonNode m : selector.path("matching")) {
            Pattern pattern = glob(m.path("pattern").asText());
            byId.keySet().stream().filter(id -> pattern.matcher(id).matches()).forEach(out::add);
        }
        if ("yes".equals(selector.path("with-child-controls").asText())) {
            for (String id : List.copyOf(out)) {
                OscalTree.controls(byId.get(id))
                        .forEach(c -> out.add(c.path("id").asText()));
            }
        }
        return out;
    }

    /** An OSCAL {@code matching} pattern as a regular expression: {@code *} and {@code ?} are wildcards. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** Keeps in {@code container} (catalog or group) the selected controls and the groups that still hold one. */
    private static boolean prune(ObjectNode container, Set<String> selected) {
        if (container.has("controls")) {
            container.set("controls", keep((ArrayNode) container.get("controls"), selected));
            OscalTree.dropEmpty(container, "controls");
        }
        if (container.has("groups")) {
            ArrayNode groups = container.arrayNode();
            for (JsonNode g : container.get("groups")) {
                if (prune((ObjectNode) g, selected)) {
                    groups.add(g);
                }
            }
            container.set("groups", groups);
            OscalTree.dropEmpty(container, "groups");
        }
        return container.has("controls") || container.has("groups");
    }

    private static ArrayNode keep(ArrayNode controls, Set<String> selected) {
        ArrayNode out = controls.arrayNode();
        for (JsonNode c : controls) {
            ObjectNode control = (ObjectNode) c;
            ArrayNode children = keep(OscalTree.array(control, "controls"), selected);
            if (selected.contains(control.path("id").asText())) {
                control.set("controls", children);
                OscalTree.dropEmpty(control, "controls");
                out.add(control);
            } else {
                out.addAll(children);
            }
        }
        return out;
    }
}
