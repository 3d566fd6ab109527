package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.compliance.testing.OscalTrestle;
import io.enis.kit.json.Json;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OSCAL over HTTP: the catalogue, an audit's assessment results and its SSP skeleton exported and loaded by
 * compliance-trestle (NIST's OSCAL 1.1.3 models, a tool no one here wrote); catalogs and profiles imported as
 * frameworks that survive a restart; documents that fail the OSCAL schema refused with their JSON path,
 * nothing stored and nothing appended to the audit log.
 */
class OscalApiTest {
    @TempDir
    Path dataDir;

    static String resource(String name) throws IOException {
        try (InputStream in = OscalApiTest.class.getResourceAsStream("/oscal/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void exportsLoadInComplianceTrestle(TestStores.Store store) throws Exception {
        OscalTrestle trestle = OscalTrestle.findOrSkip();
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = ReportFormatsApiTest.auditWithEvidence(fx);

            JsonNode catalog =
                    expect(200, fx.admin.get("/v1/compliance/oscal/catalog")).json();
            assertThat(trestle.load("catalog", catalog.toString())).isEqualTo("1.1.3");
            JsonNode iso = group(catalog.get("catalog").get("groups"), "iso27001");
            assertThat(iso.toString()).contains("\"id\":\"iso27001-a.8.24\"", "\"rel\":\"related\"");

            JsonNode results = expect(200, fx.admin.get("/v1/compliance/reports/" + audit + "?format=oscal"))
                    .json();
            assertThat(trestle.load("assessment-results", results.toString())).isEqualTo("1.1.3");
            JsonNode soc2 = results.get("assessment-results").get("results").get(0);
            assertThat(soc2.get("findings").size()).isEqualTo(11);
            assertThat(soc2.get("observations").size()).isGreaterThan(0);
            assertThat(finding(soc2, "soc2-cc6.1")
                            .get("target")
                            .get("status")
                            .get("state")
                            .asText())
                    .isEqualTo("not-satisfied");
            assertThat(finding(soc2, "soc2-cc2.1").toString()).contains("\"value\":\"waived\"");

            JsonNode one = expect(
                            200,
                            fx.admin.send(
                                    "GET",
                                    "/v1/compliance/reports/" + audit + "/HIPAA",
                                    null,
                                    null,
                                    Map.of("Accept", "application/oscal+json")))
                    .json();
            assertThat(one.get("assessment-results").get("results").size()).isEqualTo(1);
            assertThat(trestle.load("assessment-results", one.toString())).isEqualTo("1.1.3");

            JsonNode ssp = expect(200, fx.admin.get("/v1/compliance/oscal/ssp/" + audit))
                    .json();
            assertThat(trestle.load("system-security-plan", ssp.toString())).isEqualTo("1.1.3");
            assertThat(ssp.get("system-security-plan")
                            .get("control-implementation")
                            .get("implemented-requirements")
                            .size())
                    .isEqualTo(11 + 7);
            expect(404, fx.admin.get("/v1/compliance/oscal/ssp/aud_nope"));
            expect(404, fx.admin.get("/v1/compliance/oscal/catalog?framework=NOPE"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void importsCatalogsAndProfilesAsFrameworksThatSurviveARestart(TestStores.Store store) throws Exception {
        Map<String, String> sameDatabase = new HashMap<>();
        if (store == TestStores.Store.POSTGRES) {
            sameDatabase.put(
                    "DATABASE_SCHEMA",
                    "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        }
        try (var fx = new ComplianceFixture(store, dataDir, sameDatabase)) {
            JsonNode imported = expect(
                            201, fx.admin.post("/v1/compliance/oscal/catalogs", resource("small-catalog.json")))
                    .json();
            assertThat(imported.get("framework").asText()).isEqualTo("ACME_CLOUD_BASELINE");
            assertThat(imported.get("controls").asInt()).isEqualTo(4);
            JsonNode controls = expect(200, fx.admin.get("/v1/compliance/frameworks/ACME_CLOUD_BASELINE/controls"))
                    .json()
                    .get("controls");
            assertThat(controls.findValuesAsText("id")).containsExactly("ac-1", "ac-1.1", "ac-2", "sc-8");

            JsonNode profile = expect(
                            201,
                            fx.admin.post(
                                    "/v1/compliance/oscal/profiles?framework=ACME_PROD",
                                    resource("small-profile.json")))
                    .json();
            assertThat(profile.get("controls").asInt()).isEqualTo(5);
            JsonNode mappings = expect(
                            200, fx.admin.get("/v1/compliance/frameworks/ACME_PROD/controls/A.8.24/mappings"))
                    .json()
                    .get("mappings");
            assertThat(mappings.toString()).contains("ISO27001:A.8.24", "equal");

            // the profile's framework is audited like any other, and ISO 27001 evidence counts for it
            String audit = AuditApiTest.create(
                    fx, "{\"name\": \"acme\", \"scope\": \"prod\", \"frameworks\": [\"ACME_PROD\"]}");
            assertThat(expect(200, fx.admin.get("/v1/compliance/reports/" + audit + "/ACME_PROD"))
                            .json()
                            .get("summary")
                            .get("controls")
                            .asInt())
                    .isEqualTo(5);
            assertThat(expect(200, fx.admin.get("/v1/compliance/audit-log?limit=1000"))
                            .json()
                            .get("entries")
                            .toString())
                    .contains("catalogue.imported", "framework/ACME_PROD");
            expect(409, fx.admin.post("/v1/compliance/oscal/catalogs", resource("small-catalog.json")));
        }
        try (var again = new ComplianceFixture(store, dataDir, sameDatabase)) {
            assertThat(expect(200, again.admin.get("/v1/compliance/oscal/imports"))
                            .json()
                            .get("imports")
                            .findValuesAsText("framework"))
                    .containsExactly("ACME_CLOUD_BASELINE", "ACME_PROD");
            expect(200, again.admin.get("/v1/compliance/frameworks/ACME_PROD/controls/ac-1.1"));
            JsonNode catalog = expect(200, again.admin.get("/v1/compliance/oscal/catalog?framework=ACME_PROD,ISO27001"))
                    .json();
            assertThat(catalog.get("catalog").get("groups").findValuesAsText("id"))
                    .contains("acme_prod", "iso27001");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void refusesDocumentsThatFailTheSchemaOrDoNotResolveAndStoresNothing(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            int entries = auditLogSize(fx);
            ObjectNode noTitle =
                    (ObjectNode) Json.parse(resource("small-catalog.json").getBytes(StandardCharsets.UTF_8));
            ((ObjectNode) noTitle.get("catalog").get("metadata")).remove("title");
            refused(fx.admin.post("/v1/compliance/oscal/catalogs", noTitle.toString()), 400, "catalog.metadata.title");

            String badId = resource("small-catalog.json").replace("\"id\": \"ac-2\"", "\"id\": \"2 two\"");
            TestClient.Response token = refused(
                    fx.admin.post("/v1/compliance/oscal/catalogs", badId), 400, "catalog.groups[0].controls[1].id");
            assertThat(token.body()).contains("pattern");

            String extra = resource("small-catalog.json")
                    .replace("\"version\": \"2025.1\"", "\"version\": \"2025.1\", \"colour\": \"red\"");
            refused(fx.admin.post("/v1/compliance/oscal/catalogs", extra), 400, "catalog.metadata");
            refused(fx.admin.post("/v1/compliance/oscal/catalogs", "{\"profile\": {}}"), 400, "catalog");
            expect(400, fx.admin.post("/v1/compliance/oscal/catalogs", "{not json"));
            refused(
                    fx.admin.post("/v1/compliance/oscal/catalogs?framework=lower", resource("small-catalog.json")),
                    400,
                    "framework");

            // schema-valid (a markup line may be a space), but not a framework the catalogue can hold
            String blankTitle = resource("small-catalog.json").replace("\"Encryption in transit\"", "\" \"");
            refused(fx.admin.post("/v1/compliance/oscal/catalogs", blankTitle), 422, "catalog");

            // schema-valid, but naming a catalog this service does not hold, or a control it does not have
            refused(
                    fx.admin.post("/v1/compliance/oscal/profiles", resource("small-profile.json")),
                    422,
                    "profile.imports[0].href");
            String unknownControl = resource("small-profile.json")
                    .replace("\"urn:uuid:0c6e4b0a-3c35-4e2b-9a7e-1f1f2a3b4c5d\"", "\"SOC2\"")
                    .replace("\"include-all\": {},", "\"include-controls\": [{\"with-ids\": [\"CC6.1\", \"CC99\"]}],")
                    .replace(
                            "\"exclude-controls\": [{\"with-ids\": [\"ac-2\"]}]",
                            "\"exclude-controls\": [{\"with-ids\": [\"CC6.1\"]}]");
            refused(
                    fx.admin.post("/v1/compliance/oscal/profiles", unknownControl),
                    422,
                    "profile.imports[0].include-controls[0].with-ids[1]");

            assertThat(expect(200, fx.admin.get("/v1/compliance/oscal/imports"))
                            .json()
                            .get("imports")
                            .size())
                    .isZero();
            assertThat(expect(200, fx.admin.get("/v1/compliance/frameworks"))
                            .json()
                            .toString())
                    .doesNotContain("ACME");
            assertThat(auditLogSize(fx)).as("a refused import appends nothing").isEqualTo(entries);
            expect(
                    403,
                    fx.withScopes(Scopes.WRITE).post("/v1/compliance/oscal/catalogs", resource("small-catalog.json")));
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void theSampleDocumentsAreValidOscalToTrestleToo(TestStores.Store store) throws Exception {
        if (store != TestStores.Store.EMBEDDED) {
            return;
        }
        OscalTrestle trestle = OscalTrestle.findOrSkip();
        assertThat(trestle.load("catalog", resource("small-catalog.json"))).isEqualTo("1.1.3");
        assertThat(trestle.load("profile", resource("small-profile.json"))).isEqualTo("1.1.3");
    }

    static TestClient.Response refused(TestClient.Response r, int status, String field) {
        expect(status, r);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsText("field")).contains(field);
        return r;
    }

    static int auditLogSize(ComplianceFixture fx) {
        return expect(200, fx.admin.get("/v1/compliance/audit-log?limit=1000"))
                .json()
                .get("entries")
                .size();
    }

    private static JsonNode group(JsonNode groups, String id) {
        for (JsonNode g : groups) {
            if (g.get("id").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no group " + id + " in " + groups.findValuesAsText("id"));
    }

    private static JsonNode finding(JsonNode result, String target) {
        for (JsonNode f : result.get("findings")) {
            if (f.get("target").get("target-id").asText().equals(target)) {
                return f;
            }
        }
        throw new AssertionError("no finding on " + target);
    }
}
