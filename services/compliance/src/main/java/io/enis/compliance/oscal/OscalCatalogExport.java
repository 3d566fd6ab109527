package io.enis.compliance.oscal;

import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Control;
import io.enis.compliance.catalogue.Framework;
import io.enis.compliance.catalogue.Mapping;
import io.enis.compliance.catalogue.Requirement;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue as an OSCAL 1.1.3 catalog: a group per framework ({@code id} {@link OscalIds#framework}),
 * inside it a group per requirement, and the controls ({@code id} {@link OscalIds#control}) with their own
 * id as the {@code label} property, the freshness window as {@code freshness-days} (ENIS namespace), and each
 * cross-framework mapping as a {@code related} link to the other control whose text is the relationship and
 * strength. Control text is the catalogue's paraphrase, never the standard's.
 */
public final class OscalCatalogExport {
    private final Catalogue catalogue;

    public OscalCatalogExport(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The catalog of {@code frameworkIds} (every framework when empty), dated {@code lastModified}.
     *
     * @throws io.enis.kit.domain.NotFoundException for an unknown framework
     */
    public Map<String, Object> catalog(List<String> frameworkIds, Instant lastModified) {
        List<Framework> frameworks = frameworkIds.isEmpty()
                ? catalogue.frameworks()
                : frameworkIds.stream().map(catalogue::framework).toList();
        List<String> ids = frameworks.stream().map(Framework::id).toList();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("uuid", OscalIds.uuid("catalog", String.join(",", ids)));
        c.put(
                "metadata",
                OscalMetadata.of(
                        "ENIS compliance catalogue: " + String.join(", ", ids),
                        lastModified,
                        String.join(
                                ",",
                                frameworks.stream()
                                        .map(f -> f.id() + "@" + f.version())
                                        .toList())));
        c.put("groups", frameworks.stream().map(this::group).toList());
        return Json.object("catalog", c);
    }

    private Map<String, Object> group(Framework f) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", OscalIds.framework(f.id()));
        g.put("class", "framework");
        g.put("title", f.title());
        g.put(
                "props",
                List.of(
                        OscalMetadata.oscalProp("label", f.id()),
                        OscalMetadata.prop("framework-version", f.version())));
        g.put("parts", List.of(Json.object("name", "overview", "prose", f.description())));
        g.put("groups", f.requirements().stream().map(r -> requirement(f, r)).toList());
        return g;
    }

    private Map<String, Object> requirement(Framework f, Requirement r) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", OscalIds.token(OscalIds.framework(f.id()) + "-req-" + r.id()));
        g.put("class", "requirement");
        g.put("title", r.title());
        g.put("props", List.of(OscalMetadata.oscalProp("label", r.id())));
        if (!r.controls().isEmpty()) {
            g.put("controls", r.controls().stream().map(this::control).toList());
        }
        return g;
    }

    private Map<String, Object> control(Control c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", OscalIds.control(c.ref()));
        m.put("class", "control");
        m.put("title", c.title());
        m.put(
                "props",
                List.of(
                        OscalMetadata.oscalProp("label", c.id()),
                        OscalMetadata.prop("freshness-days", String.valueOf(c.freshnessDays()))));
        List<Map<String, Object>> links = new ArrayList<>();
        for (Mapping mapping : catalogue.mappings(c.ref())) {
            var other = mapping.otherEnd(c.ref());
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("href", "#" + OscalIds.control(other));
            link.put("rel", "related");
            link.put(
                    "text",
                    (mapping.from().equals(c.ref()) ? "" : "reverse of ")
                            + mapping.relationship().label()
                            + " " + other + ", strength " + mapping.strength());
            links.add(link);
        }
        if (!links.isEmpty()) {
            m.put("links", links);
        }
        return m;
    }
}
