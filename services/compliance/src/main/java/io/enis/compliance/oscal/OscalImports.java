package io.enis.compliance.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.auditlog.Actor;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.compliance.catalogue.Framework;
import io.enis.compliance.catalogue.Mapping;
import io.enis.compliance.catalogue.Relationship;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports OSCAL catalogs and profiles as frameworks of the catalogue. A document is first checked against
 * NIST's OSCAL 1.1.3 schema ({@link OscalSchemas}), then mapped ({@link OscalCatalogReader}) or resolved
 * against the catalogs held here ({@link OscalProfileResolver}: imports, merge, modify); only then is the
 * framework stored (table {@code oscal_imports}, with the catalog as received or the profile's resolved catalog,
 * {@link #document}), written to the audit log in the same transaction, and added to the catalogue. A refused
 * document stores nothing and appends nothing. {@link #restore} adds the stored frameworks at start.
 *
 * <p>The framework id is the {@code framework} argument, else the document's title in upper case with every
 * run of other characters as {@code _} (at most 32, starting with a letter).
 */
public final class OscalImports {
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final Jdbi jdbi;
    private final Catalogue catalogue;
    private final OscalSchemas schemas;
    private final AuditLog log;
    private final Clock clock;

    public OscalImports(Jdbi jdbi, Catalogue catalogue, OscalSchemas schemas, AuditLog log, Clock clock) {
        this.jdbi = jdbi;
        this.catalogue = catalogue;
        this.schemas = schemas;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Imports an OSCAL catalog as a new framework.
     *
     * @throws InvalidInputException naming each JSON path that fails the schema, or {@code framework}
     * @throws io.enis.kit.domain.UnprocessableException for a catalog without controls or with a duplicate id
     * @throws ConflictException naming {@code framework} when the id is taken
     */
    public synchronized Map<String, Object> importCatalog(Actor actor, byte[] body, String frameworkId) {
        JsonNode doc = parse(body, OscalSchemas.Model.CATALOG);
        String id = frameworkId(
                frameworkId, doc.path("catalog").path("metadata").path("title").asText());
        Framework framework = OscalCatalogReader.read(doc, id);
        return store(
                actor,
                "catalog",
                doc.path("catalog").path("uuid").asText(),
                body,
                new String(body, StandardCharsets.UTF_8),
                framework,
                List.of());
    }

    /**
     * Imports an OSCAL profile: the controls it selects from the catalogs held here become a new framework.
     *
     * @throws InvalidInputException naming each JSON path that fails the schema, or {@code framework}
     * @throws io.enis.kit.domain.UnprocessableException naming the JSON path of each href, control, parameter or
     *     part the profile names that does not resolve, and of an unsupported option
     * @throws ConflictException naming {@code framework} when the id is taken
     */
    public synchronized Map<String, Object> importProfile(Actor actor, byte[] body, String frameworkId) {
        JsonNode doc = parse(body, OscalSchemas.Model.PROFILE);
        String id = frameworkId(
                frameworkId, doc.path("profile").path("metadata").path("title").asText());
        var resolved = new OscalProfileResolver(catalogue, importedCatalogs(), this::storedCatalog, schemas)
                .resolve(doc, id, clock.instant());
        return store(
                actor,
                "profile",
                doc.path("profile").path("uuid").asText(),
                body,
                Json.write(resolved.catalog()),
                resolved.framework(),
                resolved.mappings());
    }

    /**
     * The OSCAL document kept for an import: an imported catalog as it was received, or a profile's resolved
     * catalog ({@link OscalProfileResolver}).
     *
     * @throws NotFoundException when {@code frameworkId} was not imported, or was imported before documents were
     *     kept
     */
    public JsonNode document(String frameworkId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT document FROM oscal_imports WHERE framework_id = :id")
                        .bind("id", frameworkId)
                        .mapTo(String.class)
                        .findFirst())
                .filter(d -> d != null)
                .map(d -> Json.parse(d.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(() -> new NotFoundException("no OSCAL document was imported as framework " + frameworkId));
    }

    private Optional<JsonNode> storedCatalog(String frameworkId) {
        return jdbi.withHandle(h -> h.createQuery(
                                "SELECT document FROM oscal_imports WHERE framework_id = :id AND kind = 'catalog'")
                        .bind("id", frameworkId)
                        .mapTo(String.class)
                        .findFirst())
                .filter(d -> d != null)
                .map(d -> Json.parse(d.getBytes(StandardCharsets.UTF_8)));
    }

    /** What was imported, oldest first. */
    public List<Map<String, Object>> all() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT framework_id, kind, oscal_uuid, title, document_sha256, imported_at_ms, imported_by "
                                + "FROM oscal_imports ORDER BY imported_at_ms, framework_id")
                .map((rs, ctx) -> view(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getString(7)))
                .list());
    }

    /** Adds every stored import to the catalogue, oldest first (profiles after the catalogs they use). */
    public void restore() {
        record Row(String id, byte[] framework, String mappings) {}
        List<Row> rows = jdbi.withHandle(h -> h.createQuery(
                        "SELECT framework_id, framework, mappings FROM oscal_imports ORDER BY imported_at_ms, framework_id")
                .map((rs, ctx) ->
                        new Row(rs.getString(1), rs.getString(2).getBytes(StandardCharsets.UTF_8), rs.getString(3)))
                .list());
        for (Row row : rows) {
            if (!catalogue.hasFramework(row.id())) {
                catalogue.add(
                        Catalogue.readFramework(row.framework(), "oscal_imports." + row.id()),
                        mappings(row.mappings()));
            }
        }
    }

    private Map<String, Object> store(
            Actor actor,
            String kind,
            String uuid,
            byte[] body,
            String document,
            Framework framework,
            List<Mapping> mappings) {
        if (catalogue.hasFramework(framework.id())) {
            throw new ConflictException(
                    "framework " + framework.id() + " exists",
                    List.of(new Violation("framework", "'" + framework.id() + "' is taken; pass another ?framework=")));
        }
        String stored = Json.write(framework);
        try {
            // what restore() will read back at the next start: refuse now what it would refuse then
            Catalogue.readFramework(stored.getBytes(StandardCharsets.UTF_8), kind);
        } catch (IllegalStateException e) {
            throw new UnprocessableException(
                    "oscal-" + kind + "-unusable",
                    "OSCAL " + kind + " not importable",
                    "the " + kind + " maps to a framework the catalogue cannot hold",
                    List.of(new Violation(kind, e.getMessage())));
        }
        long now = clock.millis();
        String sha = Sha256.hex(body);
        Map<String, Object> view = view(framework.id(), kind, uuid, framework.title(), sha, now, actor.id());
        view.put("controls", framework.controls().size());
        view.put("mappings", mappings.size());
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO oscal_imports (framework_id, kind, oscal_uuid, title, document_sha256, "
                            + "imported_at_ms, imported_by, framework, mappings, document) VALUES (:id, :kind, :uuid, :title, "
                            + ":sha, :at, :by, :framework, :mappings, :document)")
                    .bind("id", framework.id())
                    .bind("kind", kind)
                    .bind("uuid", uuid)
                    .bind("title", framework.title())
                    .bind("sha", sha)
                    .bind("at", now)
                    .bind("by", actor.id())
                    .bind("framework", stored)
                    .bind("mappings", Json.write(mappings))
                    .bind("document", document)
                    .execute();
            log.append(h, actor, "catalogue.imported", "framework/" + framework.id(), null, view);
        });
        catalogue.add(framework, mappings);
        return view;
    }

    private static Map<String, Object> view(
            String id, String kind, String uuid, String title, String sha, long at, String by) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("framework", id);
        m.put("kind", kind);
        m.put("oscalUuid", uuid);
        m.put("title", title);
        m.put("documentSha256", sha);
        m.put("importedAt", Instant.ofEpochMilli(at).toString());
        m.put("importedBy", by);
        return m;
    }

    private Map<String, String> importedCatalogs() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT oscal_uuid, framework_id FROM oscal_imports WHERE kind = 'catalog'")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    private JsonNode parse(byte[] body, OscalSchemas.Model model) {
        JsonNode doc = Json.parse(body);
        schemas.check(model, doc);
        return doc;
    }

    private static String frameworkId(String given, String title) {
        String id = given;
        if (id == null || id.isBlank()) {
            id = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^[^A-Z]+|_+$", "");
            id = id.length() > 32 ? id.substring(0, 32).replaceAll("_+$", "") : id;
        }
        if (!FRAMEWORK_ID.matcher(id).matches()) {
            throw new InvalidInputException(
                    "bad framework id",
                    List.of(
                            new Violation(
                                    "framework",
                                    "'" + id
                                            + "' must be 2-32 of A-Z 0-9 _ starting with a letter (given, or made from the title)")));
        }
        return id;
    }

    private static List<Mapping> mappings(String json) {
        List<Mapping> out = new ArrayList<>();
        for (JsonNode m : Json.parse(json.getBytes(StandardCharsets.UTF_8))) {
            out.add(new Mapping(
                    ControlRef.parse(m.path("from").asText()).orElseThrow(),
                    ControlRef.parse(m.path("to").asText()).orElseThrow(),
                    Relationship.of(m.path("relationship").asText()).orElseThrow(),
                    m.path("strength").asInt(),
                    m.path("rationale").asText()));
        }
        return out;
    }
}
