package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Control;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.compliance.catalogue.Framework;
import io.enis.compliance.catalogue.Mapping;
import io.enis.compliance.catalogue.Relationship;
import io.enis.compliance.catalogue.Requirement;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a schema-valid OSCAL profile against the catalogue into a new framework holding the selected
 * controls (same ids, titles, requirements and freshness as in their catalog), each mapped {@code equal},
 * strength 10, to the control it was selected from, so evidence on either counts for both.
 *
 * <p>An import's {@code href} names a catalog this service holds, as one of: a framework id ({@code ISO27001});
 * the catalog export's URL ({@code /v1/compliance/oscal/catalog?framework=ISO27001,SOC2}); {@code urn:uuid:<uuid>}
 * of an imported OSCAL catalog; or {@code #<uuid>} of a back-matter resource whose {@code rlinks} hold one of
 * these. {@code include-all} selects every control; {@code include-controls} / {@code exclude-controls}
 * {@code with-ids} name controls by their OSCAL id ({@link OscalIds#control}, as the export writes them) or by
 * their id in the framework. {@code matching} patterns, {@code merge} and {@code modify} are not applied.
 */
final class OscalProfileResolver {
    private static final Pattern EXPORT_URL = Pattern.compile("[?&]framework=([A-Z0-9_,]+)");
    private static final String HREF_ALLOWED = "must name a catalog this service holds: a framework id (ISO27001), "
            + "the catalog export URL (/v1/compliance/oscal/catalog?framework=ISO27001), urn:uuid:<uuid> of an "
            + "imported catalog, or #<uuid> of a back-matter resource whose rlinks hold one of these";

    private final Catalogue catalogue;
    private final Map<String, String> importedUuids;
    private final List<Violation> problems = new ArrayList<>();

    /** @param importedUuids the OSCAL uuid of each imported catalog → the framework it became */
    OscalProfileResolver(Catalogue catalogue, Map<String, String> importedUuids) {
        this.catalogue = catalogue;
        this.importedUuids = importedUuids;
    }

    /** The framework and its mappings. */
    record Resolved(Framework framework, List<Mapping> mappings) {}

    /** @throws UnprocessableException naming the path of each href or control id that does not resolve */
    Resolved resolve(JsonNode document, String frameworkId) {
        JsonNode profile = document.path("profile");
        Map<ControlRef, Control> selected = new LinkedHashMap<>();
        JsonNode imports = profile.path("imports");
        for (int i = 0; i < imports.size(); i++) {
            selectFrom(imports.get(i), "profile.imports[" + i + "]", profile.path("back-matter"), selected);
        }
        if (problems.isEmpty() && selected.isEmpty()) {
            problems.add(new Violation("profile.imports", "select no control; a framework needs at least one"));
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableException(
                    "oscal-profile-unresolved",
                    "OSCAL profile not resolvable",
                    "the profile does not resolve",
                    problems);
        }
        Map<String, List<Control>> byRequirement = new LinkedHashMap<>();
        Map<String, String> requirementTitles = new LinkedHashMap<>();
        List<Mapping> mappings = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        JsonNode title = profile.path("metadata").path("title");
        for (Control source : selected.values()) {
            if (!ids.add(source.id())) {
                problems.add(new Violation(
                        "profile.imports", "select two controls with the id '" + source.id() + "' from two catalogs"));
                continue;
            }
            Control copy =
                    new Control(frameworkId, source.requirement(), source.id(), source.title(), source.freshnessDays());
            byRequirement
                    .computeIfAbsent(source.requirement(), k -> new ArrayList<>())
                    .add(copy);
            requirementTitles.putIfAbsent(source.requirement(), requirementTitle(source));
            mappings.add(new Mapping(
                    copy.ref(),
                    source.ref(),
                    Relationship.EQUAL,
                    10,
                    "selected from " + source.ref() + " by OSCAL profile " + title.asText()));
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableException(
                    "oscal-profile-unresolved",
                    "OSCAL profile not resolvable",
                    "the profile does not resolve",
                    problems);
        }
        List<Requirement> requirements = new ArrayList<>();
        byRequirement.forEach(
                (id, controls) -> requirements.add(new Requirement(id, requirementTitles.get(id), controls)));
        Framework framework = new Framework(
                frameworkId,
                title.asText(),
                profile.path("metadata").path("version").asText(),
                "Imported from OSCAL profile " + profile.path("uuid").asText(),
                requirements);
        return new Resolved(framework, mappings);
    }

    private String requirementTitle(Control source) {
        return catalogue.framework(source.framework()).requirements().stream()
                .filter(r -> r.id().equals(source.requirement()))
                .map(Requirement::title)
                .findFirst()
                .orElse(source.requirement());
    }

    private void selectFrom(JsonNode imp, String path, JsonNode backMatter, Map<ControlRef, Control> selected) {
        Optional<List<String>> frameworks = frameworks(imp.path("href").asText(), backMatter);
        if (frameworks.isEmpty()) {
            problems.add(new Violation(path + ".href", "'" + imp.path("href").asText() + "' " + HREF_ALLOWED));
            return;
        }
        List<Control> candidates = catalogue.controlsOf(frameworks.get());
        Map<ControlRef, Control> chosen = new LinkedHashMap<>();
        if (imp.has("include-all")) {
            candidates.forEach(c -> chosen.put(c.ref(), c));
        }
        JsonNode includes = imp.path("include-controls");
        for (int j = 0; j < includes.size(); j++) {
            pick(includes.get(j), path + ".include-controls[" + j + "]", candidates)
                    .forEach(c -> chosen.put(c.ref(), c));
        }
        JsonNode excludes = imp.path("exclude-controls");
        for (int j = 0; j < excludes.size(); j++) {
            pick(excludes.get(j), path + ".exclude-controls[" + j + "]", candidates)
                    .forEach(c -> chosen.remove(c.ref()));
        }
        selected.putAll(chosen);
    }

    private List<Control> pick(JsonNode selection, String path, List<Control> candidates) {
        List<Control> out = new ArrayList<>();
        JsonNode ids = selection.path("with-ids");
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k).asText();
            Optional<Control> match = candidates.stream()
                    .filter(c -> OscalIds.control(c.ref()).equals(id) || c.id().equals(id))
                    .findFirst();
            if (match.isPresent()) {
                out.add(match.get());
            } else {
                problems.add(new Violation(
                        path + ".with-ids[" + k + "]",
                        "'" + id + "' is not a control of the imported catalog; use its OSCAL id (as in "
                                + "GET /v1/compliance/oscal/catalog) or its id in the framework"));
            }
        }
        return out;
    }

    private Optional<List<String>> frameworks(String href, JsonNode backMatter) {
        if (href.startsWith("#")) {
            for (JsonNode resource : backMatter.path("resources")) {
                if (resource.path("uuid").asText().equals(href.substring(1))) {
                    for (JsonNode rlink : resource.path("rlinks")) {
                        Optional<List<String>> found = direct(rlink.path("href").asText());
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
            return Optional.empty();
        }
        return direct(href);
    }

    private Optional<List<String>> direct(String href) {
        if (catalogue.hasFramework(href)) {
            return Optional.of(List.of(href));
        }
        String uuid = href.startsWith("urn:uuid:") ? href.substring("urn:uuid:".length()) : href;
        if (importedUuids.containsKey(uuid)) {
            return Optional.of(List.of(importedUuids.get(uuid)));
        }
        Matcher m = EXPORT_URL.matcher(href);
        if (m.find()) {
            List<String> ids = List.of(m.group(1).split(","));
            if (ids.stream().allMatch(catalogue::hasFramework)) {
                return Optional.of(ids);
            }
        }
        return Optional.empty();
    }
}
