package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.catalogue.Control;
import io.enis.compliance.catalogue.Framework;
import io.enis.compliance.catalogue.Requirement;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Maps a schema-valid OSCAL catalog onto a framework: every group that holds controls becomes a requirement
 * (its id, or {@code group-N}, and its title; nested groups become requirements of their own), controls
 * outside any group go to the requirement {@code catalog}; a control and its enhancements (nested controls)
 * become controls with their OSCAL id and title. The freshness window is the control's {@code freshness-days}
 * property in ENIS's namespace (as {@link OscalCatalogExport} writes it), else {@value #DEFAULT_FRESHNESS_DAYS}
 * days. Parameters, parts and back-matter are not carried over into the framework (the import keeps the
 * document itself, {@link OscalImports#document}).
 */
final class OscalCatalogReader {
    static final int DEFAULT_FRESHNESS_DAYS = 365;

    private final String frameworkId;
    private final UnaryOperator<String> controlIds;
    private final List<Requirement> requirements = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Violation> problems = new ArrayList<>();

    private OscalCatalogReader(String frameworkId, UnaryOperator<String> controlIds) {
        this.frameworkId = frameworkId;
        this.controlIds = controlIds;
    }

    /**
     * @throws UnprocessableException naming the JSON path of a control id used twice, or {@code catalog} when
     *     the catalog has no controls
     */
    static Framework read(JsonNode document, String frameworkId) {
        return read(
                document,
                frameworkId,
                UnaryOperator.identity(),
                "Imported from OSCAL catalog "
                        + document.path("catalog").path("uuid").asText());
    }

    /**
     * As {@link #read(JsonNode, String)}, with each control's id in the framework made from its OSCAL id by
     * {@code controlIds}, and the framework described by {@code description}.
     */
    static Framework read(JsonNode document, String frameworkId, UnaryOperator<String> controlIds, String description) {
        JsonNode catalog = document.path("catalog");
        var reader = new OscalCatalogReader(frameworkId, controlIds);
        reader.requirement("catalog", "Controls", catalog.path("controls"), "catalog.controls");
        JsonNode groups = catalog.path("groups");
        for (int i = 0; i < groups.size(); i++) {
            reader.group(groups.get(i), "catalog.groups[" + i + "]", i);
        }
        if (reader.requirements.isEmpty() && reader.problems.isEmpty()) {
            reader.problems.add(new Violation("catalog", "has no controls; a framework needs at least one"));
        }
        if (!reader.problems.isEmpty()) {
            throw new UnprocessableException(
                    "oscal-catalog-unusable",
                    "OSCAL catalog not importable",
                    "the catalog cannot become a framework",
                    reader.problems);
        }
        JsonNode metadata = catalog.path("metadata");
        return new Framework(
                frameworkId,
                metadata.path("title").asText(),
                metadata.path("version").asText(),
                description,
                reader.requirements);
    }

    private void group(JsonNode group, String path, int index) {
        String id = group.path("id").asText("group-" + (index + 1));
        requirement(id, group.path("title").asText(), group.path("controls"), path + ".controls");
        JsonNode nested = group.path("groups");
        for (int i = 0; i < nested.size(); i++) {
            group(nested.get(i), path + ".groups[" + i + "]", i);
        }
    }

    private void requirement(String id, String title, JsonNode controls, String path) {
        List<Control> out = new ArrayList<>();
        collect(id, controls, path, out);
        if (!out.isEmpty()) {
            requirements.add(new Requirement(id, title, out));
        }
    }

    private void collect(String requirement, JsonNode controls, String path, List<Control> out) {
        for (int i = 0; i < controls.size(); i++) {
            JsonNode c = controls.get(i);
            String at = path + "[" + i + "]";
            String id = controlIds.apply(c.path("id").asText());
            if (!seen.add(id)) {
                problems.add(new Violation(at + ".id", "'" + id + "' is used twice; control ids must be unique"));
            }
            out.add(new Control(frameworkId, requirement, id, c.path("title").asText(), freshness(c)));
            collect(requirement, c.path("controls"), at + ".controls", out);
        }
    }

    private static int freshness(JsonNode control) {
        for (JsonNode p : control.path("props")) {
            if ("freshness-days".equals(p.path("name").asText())
                    && OscalIds.NS.equals(p.path("ns").asText())) {
                int days = p.path("value").asInt(0);
                if (days >= 1 && days <= 3650) {
                    return days;
                }
            }
        }
        return DEFAULT_FRESHNESS_DAYS;
    }
}
