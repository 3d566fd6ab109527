package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static io.enis.compliance.OscalApiTest.auditLogSize;
import static io.enis.compliance.OscalApiTest.refused;
import static io.enis.compliance.OscalApiTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.compliance.testing.OscalTrestle;
import io.enis.kit.json.Json;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OSCAL profile resolution over HTTP with hand-written fixtures: imports (with-ids, labels, matching,
 * with-child-controls, exclude-controls), merge (keep, use-first, merge; as-is and flat) and modify
 * (set-parameters, alters' removes and adds at every position), each checked field by field in the resolved
 * catalog the import stores; what does not resolve refused with its JSON path, nothing stored; and the same
 * profile resolved by compliance-trestle's own resolver, a tool no one here wrote, compared with ours.
 */
class OscalProfileResolutionApiTest {
    private static final String PROFILES = "/v1/compliance/oscal/profiles";
    private static final String CATALOG_UUID = "urn:uuid:3f0c1e2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    private static final String ACME_UUID = "urn:uuid:0c6e4b0a-3c35-4e2b-9a7e-1f1f2a3b4c5d";

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void resolvesImportsMergeAndModifyIntoTheStoredCatalog(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            expect(201, fx.admin.post("/v1/compliance/oscal/catalogs", resource("tailoring-catalog.json")));
            JsonNode imported = expect(
                            201, fx.admin.post(PROFILES + "?framework=TAILORED", resource("tailoring-profile.json")))
                    .json();
            assertThat(imported.get("controls").asInt()).isEqualTo(4);

            JsonNode catalog = document(fx, "TAILORED");
            JsonNode metadata = catalog.get("metadata");
            assertThat(metadata.get("title").asText()).isEqualTo("Tailored baseline");
            assertThat(metadata.get("oscal-version").asText()).isEqualTo("1.1.3");
            assertThat(metadata.get("links").toString())
                    .contains(
                            "{\"href\":\"urn:uuid:a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d\",\"rel\":\"source-profile\"}",
                            "{\"href\":\"" + CATALOG_UUID + "\",\"rel\":\"resolution-source\"}");

            // as-is: the catalog's groups where a selected control remains; sc-7 and sc-8 were not selected
            assertThat(ids(catalog.get("groups"))).containsExactly("ac", "sc");
            JsonNode ac = catalog.get("groups").get(0);
            assertThat(ac.get("class").asText()).isEqualTo("family");
            assertThat(ids(ac.get("controls"))).containsExactly("ac-1", "ac-2");
            JsonNode sc = catalog.get("groups").get(1);
            assertThat(sc.has("controls")).isFalse();
            assertThat(ids(sc.get("groups"))).containsExactly("sc-crypto");
            assertThat(ids(sc.get("groups").get(0).get("controls")))
                    .as("matching sc-1*")
                    .containsExactly("sc-13");

            JsonNode ac1 = ac.get("controls").get(0);
            assertThat(ids(ac1.get("controls")))
                    .as("with-child-controls brings ac-1.1 and ac-1.2; exclude-controls takes ac-1.2 out")
                    .containsExactly("ac-1.1");
            JsonNode prm = ac1.get("params").get(0);
            assertThat(prm.get("label").asText()).isEqualTo("review frequency");
            assertThat(prm.get("values").toString()).isEqualTo("[\"annually\"]");
            assertThat(prm.get("guidelines").toString()).contains("at least once a year");
            assertThat(ac1.get("props").toString())
                    .as("the baseline prop added at the start, sort-id removed by name")
                    .isEqualTo("[{\"name\":\"baseline\",\"ns\":\"https://enis.io/ns/oscal\",\"value\":\"prod\"},"
                            + "{\"name\":\"label\",\"value\":\"AC-1\"}]");
            assertThat(ids(ac1.get("parts"))).as("guidance removed by id").containsExactly("ac-1_smt");
            assertThat(ids(ac1.get("parts").get(0).get("parts")))
                    .as("a1 added after a")
                    .containsExactly("ac-1_smt.a", "ac-1_smt.a1", "ac-1_smt.b");

            JsonNode ac2 = ac.get("controls").get(1);
            assertThat(ac2.get("title").asText()).isEqualTo("Account management (tailored)");
            JsonNode prm2 = ac2.get("params").get(0);
            assertThat(prm2.get("label").asText()).isEqualTo("inactivity period");
            assertThat(prm2.get("values").toString()).isEqualTo("[\"30 days\"]");
            assertThat(prm2.get("constraints").findValuesAsText("description"))
                    .containsExactly("at most 90 days", "no more than 30 days");
            assertThat(ac2.get("props").toString())
                    .as("removed by class")
                    .isEqualTo("[{\"name\":\"label\",\"value\":\"AC-2\"}]");
            assertThat(ac2.has("links")).as("removed by item name").isFalse();
            assertThat(ids(ac2.get("parts").get(0).get("parts"))).containsExactly("ac-2_smt.z");

            JsonNode sc13 = sc.get("groups").get(0).get("controls").get(0);
            assertThat(ids(sc13.get("parts")))
                    .as("added before the statement")
                    .containsExactly("sc-13_obj", "sc-13_smt");

            // the framework read from the resolved catalog, each control mapped to where it came from
            JsonNode controls = expect(200, fx.admin.get("/v1/compliance/frameworks/TAILORED/controls"))
                    .json()
                    .get("controls");
            assertThat(controls.findValuesAsText("id")).containsExactly("ac-1", "ac-1.1", "ac-2", "sc-13");
            assertThat(controls.findValuesAsText("title")).contains("Account management (tailored)");
            assertThat(expect(200, fx.admin.get("/v1/compliance/frameworks/TAILORED/controls/ac-2/mappings"))
                            .json()
                            .toString())
                    .contains("TAILORING_TEST_CATALOG:ac-2", "equal");
            // the catalog's own document is kept as received
            assertThat(document(fx, "TAILORING_TEST_CATALOG"))
                    .isEqualTo(Json.parse(resource("tailoring-catalog.json").getBytes(StandardCharsets.UTF_8))
                            .get("catalog"));
            expect(404, fx.admin.get("/v1/compliance/oscal/imports/ISO27001/document"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void mergeCombinesControlsWithOneIdAsTheProfileSays(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            expect(201, fx.admin.post("/v1/compliance/oscal/catalogs", resource("tailoring-catalog.json")));
            expect(201, fx.admin.post("/v1/compliance/oscal/catalogs", resource("small-catalog.json")));
            int entries = auditLogSize(fx);

            TestClient.Response kept = fx.admin.post(PROFILES + "?framework=KEPT", twoCatalogs(null));
            refused(kept, 422, "profile.merge");
            assertThat(kept.body()).contains("'ac-1' is selected by imports [0, 1]", "keep");
            refused(
                    fx.admin.post(PROFILES + "?framework=KEPT", twoCatalogs("{\"combine\": {\"method\": \"keep\"}}")),
                    422,
                    "profile.merge.combine.method");
            assertThat(auditLogSize(fx)).as("refused: nothing appended").isEqualTo(entries);

            expect(
                    201,
                    fx.admin.post(
                            PROFILES + "?framework=FIRST",
                            twoCatalogs("{\"combine\": {\"method\": \"use-first\"}, \"flat\": {}}")));
            JsonNode first = document(fx, "FIRST");
            assertThat(first.has("groups")).as("flat").isFalse();
            assertThat(ids(first.get("controls"))).containsExactly("ac-1", "ac-2", "sc-8");
            JsonNode firstAc1 = first.get("controls").get(0);
            assertThat(firstAc1.get("title").asText()).isEqualTo("Policy and procedures");
            assertThat(firstAc1.get("props").findValuesAsText("name")).containsExactly("label", "sort-id");

            expect(
                    201,
                    fx.admin.post(
                            PROFILES + "?framework=MERGED",
                            twoCatalogs("{\"combine\": {\"method\": \"merge\"}, \"as-is\": true}")));
            JsonNode merged = document(fx, "MERGED");
            assertThat(ids(merged.get("groups")))
                    .as("the two ac groups are one")
                    .containsExactly("ac", "sc");
            JsonNode mergedAc1 = merged.get("groups").get(0).get("controls").get(0);
            assertThat(ids(merged.get("groups").get(0).get("controls"))).containsExactly("ac-1", "ac-2");
            assertThat(mergedAc1.get("title").asText())
                    .as("a later value replaces the earlier")
                    .isEqualTo("Least privilege for service roles");
            assertThat(mergedAc1.get("props").findValuesAsText("name"))
                    .as("lists combined")
                    .containsExactly("label", "sort-id", "freshness-days");
            assertThat(mergedAc1.get("params").get(0).get("id").asText()).isEqualTo("ac-1_prm_1");
            assertThat(ids(merged.get("groups").get(1).get("groups"))).containsExactly("sc-enc");
            assertThat(expect(200, fx.admin.get("/v1/compliance/frameworks/MERGED/controls/ac-1"))
                            .json()
                            .get("freshnessDays")
                            .asInt())
                    .as("the merged freshness window")
                    .isEqualTo(30);
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void refusesWhatDoesNotResolveNamingItsPathAndStoresNothing(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            expect(201, fx.admin.post("/v1/compliance/oscal/catalogs", resource("tailoring-catalog.json")));
            int entries = auditLogSize(fx);

            TestClient.Response unknownControl =
                    bad(fx, p -> alter(p, 0).put("control-id", "ac-99"), "profile.modify.alters[0].control-id");
            assertThat(unknownControl.body()).contains("'ac-99' is not a control the profile selects", "ac-1, ac-1.1");
            bad(
                    fx,
                    p -> ((ObjectNode) p.at("/modify/set-parameters/1")).put("param-id", "ac-2_prm_9"),
                    "profile.modify.set-parameters[1].param-id");
            TestClient.Response custom = bad(
                    fx,
                    p -> p.set(
                            "merge",
                            json("{\"custom\": {\"groups\": [{\"title\": \"All\", \"insert-controls\": "
                                            + "[{\"include-all\": {}}]}]}}")
                                    .deepCopy()),
                    "profile.merge.custom");
            assertThat(custom.body()).contains("as-is", "flat");
            bad(
                    fx,
                    p -> ((ObjectNode) alter(p, 0).at("/adds/0")).put("by-id", "ac-1_smt.q"),
                    "profile.modify.alters[0].adds[0].by-id");
            bad(
                    fx,
                    p -> ((ObjectNode) alter(p, 2).at("/adds/0")).remove("by-id"),
                    "profile.modify.alters[2].adds[0].position");
            bad(
                    fx,
                    p -> ((ObjectNode) alter(p, 1).at("/removes/1")).put("by-item-name", "mapping"),
                    "profile.modify.alters[1].removes[1].by-item-name");
            bad(
                    fx,
                    p -> ((ArrayNode) alter(p, 2).get("adds"))
                            .add(json("{\"by-id\": \"sc-13_smt\", \"params\": [{\"id\": \"x\"}]}")),
                    "profile.modify.alters[2].adds[1].params");

            assertThat(expect(200, fx.admin.get("/v1/compliance/oscal/imports"))
                            .json()
                            .get("imports")
                            .findValuesAsText("framework"))
                    .containsExactly("TAILORING_TEST_CATALOG");
            expect(404, fx.admin.get("/v1/compliance/frameworks/TAILORED"));
            assertThat(auditLogSize(fx)).as("a refused import appends nothing").isEqualTo(entries);
        }
    }

    /** The resolution itself does not depend on the store: the embedded one only. */
    @Test
    void ourResolutionIsComplianceTrestles() throws Exception {
        OscalTrestle trestle = OscalTrestle.findOrSkip();
        Path catalogFile = dataDir.resolve("tailoring-catalog.json");
        Files.writeString(catalogFile, resource("tailoring-catalog.json"));
        String profile = resource("trestle-profile.json").replace("CATALOG_JSON_PATH", catalogFile.toString());
        JsonNode theirs = Json.parse(trestle.resolveProfile(profile).getBytes(StandardCharsets.UTF_8))
                .get("catalog");
        try (var fx = new ComplianceFixture(TestStores.Store.EMBEDDED, dataDir)) {
            expect(201, fx.admin.post("/v1/compliance/oscal/catalogs", resource("tailoring-catalog.json")));
            expect(201, fx.admin.post(PROFILES + "?framework=TRESTLED", profile));
            JsonNode ours = document(fx, "TRESTLED");
            Map<String, JsonNode> mine = byControl(ours);
            assertThat(mine.keySet()).containsExactly("ac-1", "ac-1.1", "ac-2", "sc-13");
            assertThat(mine).isEqualTo(byControl(theirs));
            assertThat(trestle.load("catalog", "{\"catalog\": " + ours + "}")).isEqualTo("1.1.3");
        }
    }

    /**
     * Each control of a resolved catalog with its content (nested controls aside), the group it sits in and
     * its parent control: what two resolvers must agree on (trestle lifts nested groups to the top and sorts
     * controls by id, where we keep the catalog's structure and order; uuids and dates differ).
     */
    private static Map<String, JsonNode> byControl(JsonNode catalog) {
        Map<String, JsonNode> out = new TreeMap<>();
        collect(catalog, null, null, out);
        return out;
    }

    private static void collect(JsonNode container, String group, String parent, Map<String, JsonNode> out) {
        for (JsonNode c : container.path("controls")) {
            ObjectNode copy = c.deepCopy();
            copy.remove("controls");
            copy.put("(group)", group);
            copy.put("(parent)", parent);
            out.put(c.get("id").asText(), copy);
            collect(c, group, c.get("id").asText(), out);
        }
        for (JsonNode g : container.path("groups")) {
            collect(g, g.get("id").asText(), null, out);
        }
    }

    /** A profile of ac-1 and ac-2 from the tailoring catalog and ac-1 and sc-8 from Acme's, with {@code merge}. */
    private static String twoCatalogs(String merge) {
        return "{\"profile\": {\"uuid\": \"c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f\", \"metadata\": {\"title\": \"Two\", "
                + "\"last-modified\": \"2025-02-03T00:00:00Z\", \"version\": \"1\", \"oscal-version\": \"1.1.3\"}, "
                + "\"imports\": [{\"href\": \"" + CATALOG_UUID + "\", \"include-controls\": [{\"with-ids\": "
                + "[\"ac-1\", \"ac-2\"]}]}, {\"href\": \"" + ACME_UUID + "\", \"include-controls\": [{\"with-ids\": "
                + "[\"ac-1\", \"sc-8\"]}]}]" + (merge == null ? "" : ", \"merge\": " + merge) + "}}";
    }

    private static ObjectNode alter(ObjectNode profile, int i) {
        return (ObjectNode) profile.at("/modify/alters/" + i);
    }

    /** The tailoring profile changed by {@code change}, refused with 422 naming {@code field}. */
    private static TestClient.Response bad(ComplianceFixture fx, Consumer<ObjectNode> change, String field)
            throws Exception {
        ObjectNode doc =
                (ObjectNode) Json.parse(resource("tailoring-profile.json").getBytes(StandardCharsets.UTF_8));
        change.accept((ObjectNode) doc.get("profile"));
        return refused(fx.admin.post(PROFILES + "?framework=TAILORED", doc.toString()), 422, field);
    }

    private static JsonNode document(ComplianceFixture fx, String framework) {
        return expect(200, fx.admin.get("/v1/compliance/oscal/imports/" + framework + "/document"))
                .json()
                .get("catalog");
    }

    private static JsonNode json(String text) {
        return Json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }
}
