package io.enis.compliance.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.compliance.scan.PolicyCoverage;
import io.enis.kit.domain.NotFoundException;
import io.enis.policy.rules.Rules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static final Catalogue SHIPPED = Catalogue.shipped();

    @Test
    void theShippedCatalogueHasTheSeedsFrameworks() {
        assertThat(SHIPPED.frameworks())
                .extracting(Framework::id)
                .contains("GDPR", "CCPA", "LGPD", "ISO27001", "SOC2", "HIPAA", "PCI_DSS");
        assertThat(SHIPPED.framework("SOC2").title()).contains("Type II");
    }

    @Test
    void everyControlAPolicyRuleMapsToIsInTheCatalogue() {
        var coverage = new PolicyCoverage(Rules.all());
        assertThat(coverage.rules()).hasSameSizeAs(Rules.all()).isNotEmpty();
        var missing = new TreeSet<ControlRef>();
        coverage.controls().forEach(ref -> {
            if (SHIPPED.find(ref).isEmpty()) {
                missing.add(ref);
            }
        });
        assertThat(missing)
                .as("controls the policy rules map to but the catalogue lacks")
                .isEmpty();
        assertThat(coverage.controls()).hasSizeGreaterThan(60);
    }

    @Test
    void evidenceCrossesEqualMappingsBothWaysAndSupersetsTowardsTheirSubsets() {
        var lgpd = new ControlRef("LGPD", "Art. 46");
        var gdpr = new ControlRef("GDPR", "Art. 32");
        var ccpa = new ControlRef("CCPA", "1798.100(e)");
        assertThat(SHIPPED.evidenceReach(gdpr)).contains(gdpr, lgpd, ccpa);
        assertThat(SHIPPED.evidenceReach(lgpd)).contains(gdpr);
        assertThat(SHIPPED.evidenceReach(ccpa))
                .as("CCPA is the narrower one: its evidence does not prove GDPR")
                .containsExactly(ccpa);
        assertThat(SHIPPED.evidenceSources(ccpa)).contains(gdpr, lgpd);
        var iso = new ControlRef("ISO27001", "A.8.15");
        assertThat(SHIPPED.evidenceReach(iso))
                .as("intersects carries no evidence")
                .doesNotContain(new ControlRef("SOC2", "CC7.2"));
    }

    @Test
    void unknownFrameworksAndControlsAreNamed() {
        assertThatThrownBy(() -> SHIPPED.framework("NIST"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no framework 'NIST'")
                .hasMessageContaining("ISO27001");
        assertThatThrownBy(() -> SHIPPED.control(new ControlRef("ISO27001", "A.99")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no control 'A.99' in framework ISO27001");
    }

    @Test
    void anInconsistentCatalogueIsRefusedWithEveryProblemAndItsPath() {
        String doc = """
                {"frameworks": [
                  {"id": "A", "title": "t", "version": "1", "description": "d", "requirements": [
                    {"id": "r", "title": "t", "controls": [{"id": "1", "title": "one", "freshnessDays": 0},
                                                           {"id": "1", "title": "again", "freshnessDays": 30}]}]},
                  {"id": "BB", "title": "t", "version": "1", "description": "d", "requirements": [
                    {"id": "r", "title": "t", "controls": [{"id": "2", "title": "two", "freshnessDays": 30}]}]}],
                 "mappings": [{"from": "BB:2", "to": "BB:9", "relationship": "same", "strength": 11, "rationale": "r"}]}""";
        assertThatThrownBy(() -> CatalogueReader.read(doc.getBytes(StandardCharsets.UTF_8), "test.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frameworks[0].id: 'A' must be")
                .hasMessageContaining("frameworks[0].requirements[0].controls[0].freshnessDays: must be 1 to 3650")
                .hasMessageContaining("control 1 appears twice")
                .hasMessageContaining("mappings[0].to: 'BB:9' is not a control")
                .hasMessageContaining(
                        "mappings[0].relationship: 'same' must be one of equal, subset, superset, intersects")
                .hasMessageContaining("mappings[0].strength: must be 1 to 10");
    }

    @Test
    void controlReferencesSplitAtTheFirstColon() {
        assertThat(ControlRef.parse("GDPR:Art. 5(1)(e)")).contains(new ControlRef("GDPR", "Art. 5(1)(e)"));
        for (String bad : List.of("", ":x", "GDPR:", "GDPR", "GDPR: ")) {
            assertThat(ControlRef.parse(bad)).as(bad).isEmpty();
        }
    }
}
