package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Control;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.compliance.catalogue.Framework;
import io.enis.compliance.catalogue.Mapping;
import io.enis.compliance.catalogue.Relationship;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a schema-valid OSCAL profile into a catalog, as NIST's OSCAL profile resolution specifies it, in its
 * three phases: import ({@link ControlSelection}, per import), merge ({@link ProfileMerge}) and modify
 * ({@link ProfileModify}). The resolved catalog ({@code catalog.metadata} from the profile's, with a
 * {@code source-profile} link to it and a {@code resolution-source} link per import) must itself conform to the
 * OSCAL catalog schema; it is what the import stores, and it becomes a framework as an imported catalog does
 * ({@link OscalCatalogReader}), each of whose controls is mapped {@code equal}, strength 10, to the control it
 * was selected from, so evidence on either counts for both. A control keeps its id in its source framework:
 * {@code A.8.24} for ISO 27001's {@code iso27001-a.8.24}.
 *
 * <p>An import's {@code href} names a catalog this service holds, as one of: a framework id ({@code ISO27001})
 * or the catalog export's URL ({@code /v1/compliance/oscal/catalog?framework=ISO27001,SOC2}), which import the
 * export of those frameworks; {@code urn:uuid:<uuid>} of an imported OSCAL catalog, which imports that catalog
 * as it was received (its params and parts included); or {@code #<uuid>} of a back-matter resource whose
 * {@code rlinks} hold one of these (the first that resolves).
 *
 * <p>Refused with 422 naming each JSON path: an href or id that does not resolve, a {@code set-parameters},
 * {@code alters} or {@code by-id} target that is not in the selection, an unsupported option
 * ({@code merge.custom}), two controls with one id (the default combine {@code keep} keeps both, a catalog holds
 * an id once), and a resolved catalog that fails the catalog schema.
 */
final class OscalProfileResolver {
    private static final Pattern EXPORT_URL = Pattern.compile("[?&]framework=([A-Z0-9_,]+)");
    private static final String HREF_ALLOWED = "must name a catalog this service holds: a framework id (ISO27001), "
            + "the catalog export URL (/v1/compliance/oscal/catalog?framework=ISO27001), urn:uuid:<uuid> of an "
            + "imported catalog, or #<uuid> of a back-matter resource whose rlinks hold one of these";

    private final Catalogue catalogue;
    private final Map<String, String> importedUuids;
    private final Function<String, Optional<JsonNode>> storedCatalogs;
    private final OscalSchemas schemas;
    private final List<Violation> problems = new ArrayList<>();

    /**
     * @param importedUuids  the OSCAL uuid of each imported catalog → the framework it became
     * @param storedCatalogs an imported catalog's framework id → the document as received, when stored
     */
    OscalProfileResolver(
            Catalogue catalogue,
            Map<String, String> importedUuids,
            Function<String, Optional<JsonNode>> storedCatalogs,
            OscalSchemas schemas) {
        this.catalogue = catalogue;
        this.importedUuids = importedUuids;
        this.storedCatalogs = storedCatalogs;
        this.schemas = schemas;
    }

    /** The framework, its mappings, and the resolved catalog document it was read from. */
    record Resolved(Framework framework, List<Mapping> mappings, ObjectNode catalog) {}

    /** A catalog an import reads: its {@code catalog} object, and the source control of each OSCAL control id. */
    private record Source(JsonNode catalog, Map<String, ControlRef> refs) {}

    /**
     * @param resolvedAt the resolved catalog's {@code last-modified}
     * @throws UnprocessableException naming the JSON path of each problem (see the class comment)
     */
    Resolved resolve(JsonNode document, String frameworkId, Instant resolvedAt) {
        JsonNode profile = document.path("profile");
        Map<String, ControlRef> sources = new LinkedHashMap<>();
        Map<String, List<Integer>> importsOf = new LinkedHashMap<>();
        List<ObjectNode> pruned = new ArrayList<>();
        JsonNode imports = profile.path("imports");
        for (int i = 0; i < imports.size(); i++) {
            String path = "profile.imports[" + i + "]";
            JsonNode imp = imports.get(i);
            Optional<Source> source = source(imp.path("href").asText(), profile.path("back-matter"));
            if (source.isEmpty()) {
                problems.add(
                        new Violation(path + ".href", "'" + imp.path("href").asText() + "' " + HREF_ALLOWED));
                continue;
            }
            var selected = ControlSelection.select(source.get().catalog(), imp, path, problems);
            for (String id : selected.ids()) {
                sources.putIfAbsent(id, source.get().refs().get(id));
                importsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
            pruned.add(selected.catalog());
        }
        if (problems.isEmpty() && sources.isEmpty()) {
            problems.add(new Violation("profile.imports", "select no control; a framework needs at least one"));
        }
        refuseIfAny();
        ObjectNode merged = ProfileMerge.merge(profile, pruned, problems);
        refuseIfAny();
        ProfileModify.apply(profile, merged, problems);
        refuseIfAny();
        checkUnique(merged, profile, importsOf, sources);
        refuseIfAny();
        ObjectNode resolved = document(profile, merged, resolvedAt);
        try {
            schemas.check(OscalSchemas.Model.CATALOG, resolved);
        } catch (InvalidInputException e) {
            throw new UnprocessableException(
                    "oscal-profile-unresolved",
                    "OSCAL profile not resolvable",
                    "the profile resolves to a catalog that does not conform to the OSCAL catalog schema",
                    e.violations().stream()
                            .map(v -> new Violation(v.field(), "in the resolved catalog: " + v.message()))
                            .toList());
        }
        Framework framework = OscalCatalogReader.read(
                resolved,
                frameworkId,
                id -> sources.get(id).control(),
                "Imported from OSCAL profile " + profile.path("uuid").asText());
        List<Mapping> mappings = new ArrayList<>();
        Map<String, ControlRef> byControl = new LinkedHashMap<>();
        sources.values().forEach(ref -> byControl.putIfAbsent(ref.control(), ref));
        String title = profile.path("metadata").path("title").asText();
        for (Control copy : framework.controls()) {
            ControlRef from = byControl.get(copy.id());
            mappings.add(new Mapping(
                    copy.ref(), from, Relationship.EQUAL, 10, "selected from " + from + " by OSCAL profile " + title));
        }
        return new Resolved(framework, mappings, resolved);
    }

    private void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new UnprocessableException(
                    "oscal-profile-unresolved",
                    "OSCAL profile not resolvable",
                    "the profile does not resolve",
                    List.copyOf(problems));
        }
    }

    /** Two controls with one OSCAL id (combine keep), or with one id in their frameworks, cannot be one framework. */
    private void checkUnique(
            ObjectNode merged,
            JsonNode profile,
            Map<String, List<Integer>> importsOf,
            Map<String, ControlRef> sources) {
        Map<String, Integer> count = new LinkedHashMap<>();
        OscalTree.controls(merged).forEach(c -> count.merge(c.path("id").asText(), 1, Integer::sum));
        boolean keep = ProfileMerge.method(profile).equals(ProfileMerge.KEEP);
        String at = !profile.has("merge") ? "profile.merge" : keep ? "profile.merge.combine.method" : "profile.imports";
        String why = !profile.has("merge")
                ? "combine method 'keep' (the default without merge) keeps both"
                : keep
                        ? "combine method 'keep' keeps both"
                        : "its copies sit in different places (groups, parent controls), where they are not merged";
        String fix = keep ? "use use-first or merge" : "select it from one import";
        count.forEach((id, n) -> {
            if (n > 1) {
                problems.add(new Violation(
                        at,
                        "'" + id + "' is selected by imports " + importsOf.get(id) + " and " + why
                                + "; a catalog holds one id once: " + fix));
            }
        });
        Map<String, String> byControl = new LinkedHashMap<>();
        sources.forEach((oscalId, ref) -> {
            String other = byControl.putIfAbsent(ref.control(), oscalId);
            if (other != null) {
                problems.add(new Violation(
                        "profile.imports",
                        "select two controls with the id '" + ref.control() + "' from two catalogs (" + other + ", "
                                + oscalId + ")"));
            }
        });
    }

    private static ObjectNode document(JsonNode profile, ObjectNode merged, Instant resolvedAt) {
        JsonNode meta = profile.path("metadata");
        ObjectNode catalog = Json.MAPPER.createObjectNode();
        String profileUuid = profile.path("uuid").asText();
        catalog.put("uuid", OscalIds.uuid("resolved-profile", profileUuid, resolvedAt.toString()));
        ObjectNode metadata = catalog.putObject("metadata");
        metadata.put("title", meta.path("title").asText());
        metadata.put("last-modified", resolvedAt.toString());
        metadata.put("version", meta.path("version").asText());
        metadata.put("oscal-version", OscalIds.OSCAL_VERSION);
        var links = metadata.putArray("links");
        links.addObject().put("href", "urn:uuid:" + profileUuid).put("rel", "source-profile");
        profile.path("imports")
                .forEach(imp ->
                        links.addObject().put("href", imp.path("href").asText()).put("rel", "resolution-source"));
        for (String field : List.of("params", "controls", "groups")) {
            if (merged.has(field)) {
                catalog.set(field, merged.get(field));
            }
        }
        if (profile.has("back-matter")) {
            catalog.set("back-matter", profile.get("back-matter"));
        }
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.set("catalog", catalog);
        return doc;
    }

    private Optional<Source> source(String href, JsonNode backMatter) {
        if (href.startsWith("#")) {
            for (JsonNode resource : backMatter.path("resources")) {
                if (resource.path("uuid").asText().equals(href.substring(1))) {
                    for (JsonNode rlink : resource.path("rlinks")) {
                        Optional<Source> found = direct(rlink.path("href").asText());
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

    private Optional<Source> direct(String href) {
        if (catalogue.hasFramework(href)) {
            return Optional.of(exported(List.of(href)));
        }
        String uuid = href.startsWith("urn:uuid:") ? href.substring("urn:uuid:".length()) : href;
        if (importedUuids.containsKey(uuid)) {
            String framework = importedUuids.get(uuid);
            Optional<JsonNode> stored = storedCatalogs.apply(framework);
            if (stored.isEmpty()) {
                return Optional.of(exported(List.of(framework)));
            }
            Map<String, ControlRef> refs = new LinkedHashMap<>();
            catalogue.controlsOf(List.of(framework)).forEach(c -> refs.put(c.id(), c.ref()));
            return Optional.of(new Source(stored.get().path("catalog"), refs));
        }
        Matcher m = EXPORT_URL.matcher(href);
        if (m.find()) {
            List<String> ids = List.of(m.group(1).split(","));
            if (ids.stream().allMatch(catalogue::hasFramework)) {
                return Optional.of(exported(ids));
            }
        }
        return Optional.empty();
    }

    /** The catalog export of {@code frameworkIds}, its controls' OSCAL ids → the catalogue's controls. */
    private Source exported(List<String> frameworkIds) {
        JsonNode doc = Json.MAPPER.valueToTree(new OscalCatalogExport(catalogue).catalog(frameworkIds, Instant.EPOCH));
        Map<String, ControlRef> refs = new LinkedHashMap<>();
        catalogue.controlsOf(frameworkIds).forEach(c -> refs.put(OscalIds.control(c.ref()), c.ref()));
        return new Source(doc.path("catalog"), refs);
    }
}
