package io.enis.compliance.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NIST's OSCAL 1.1.3 schemas as shipped: the catalog export conforms, broken documents are named by path. */
class OscalSchemasTest {
    private final OscalSchemas schemas = new OscalSchemas();

    @Test
    void theCatalogueExportConformsToNistsCatalogSchema() {
        JsonNode export = Json.MAPPER.valueToTree(
                new OscalCatalogExport(Catalogue.shipped()).catalog(List.of(), Instant.parse("2025-01-01T00:00:00Z")));
        schemas.check(OscalSchemas.Model.CATALOG, export);
        assertThat(export.get("catalog").get("groups"))
                .hasSize(Catalogue.shipped().frameworks().size());
    }

    @Test
    void aBrokenDocumentIsRefusedWithEveryPathAndWhatIsAllowed() {
        JsonNode doc = Json.parse("""
                {"catalog": {"uuid": "not-a-uuid", "metadata": {"title": "t", "last-modified": "yesterday",
                 "version": "1", "oscal-version": "1.1.3"}, "controls": [{"id": "c-1"}]}}""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> schemas.check(OscalSchemas.Model.CATALOG, doc))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .contains(
                                        "catalog.uuid", "catalog.metadata.last-modified", "catalog.controls[0].title"));
        assertThatThrownBy(() -> schemas.check(OscalSchemas.Model.PROFILE, doc))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("profile"));
    }

    @Test
    void idsAreOscalTokensAndVersion5Uuids() {
        assertThat(OscalIds.control(new ControlRef("GDPR", "Art. 32"))).isEqualTo("gdpr-art.-32");
        assertThat(OscalIds.control(new ControlRef("HIPAA", "164.308(a)(6)"))).isEqualTo("hipaa-164.308-a--6-");
        assertThat(OscalIds.token("1.16")).isEqualTo("_1.16");
        String uuid = OscalIds.uuid("a", "b");
        assertThat(uuid)
                .isEqualTo(OscalIds.uuid("a", "b"))
                .isNotEqualTo(OscalIds.uuid("a", "c"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
