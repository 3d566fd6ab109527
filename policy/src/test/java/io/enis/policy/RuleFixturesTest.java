package io.enis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.enis.policy.model.TerraformModel;
import io.enis.policy.rules.Rule;
import io.enis.policy.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule against its failing and passing fixtures (src/test/resources/fixtures/*.yaml). */
class RuleFixturesTest {
    private static final List<String> FILES = List.of(
            "s3.yaml", "kms-rds-cache.yaml", "eks-network.yaml", "iam.yaml", "other-aws.yaml", "kubernetes.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        Rules.all().forEach(rule -> RULES.put(rule.info().id(), rule));
    }

    record Case(String file, int index, String rule, boolean fails, JsonNode document) {
        @Override
        public String toString() {
            return rule + " " + (fails ? "fail" : "pass") + " (" + file + " #" + index + ")";
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = RuleFixturesTest.class.getResourceAsStream("/fixtures/" + file)) {
                JsonNode root = YAML.readTree(in);
                // either a list of cases, or {documents: {name: resource-block}, cases: [... use: name]}
                JsonNode list = root.isArray() ? root : root.path("cases");
                for (int i = 0; i < list.size(); i++) {
                    JsonNode entry = list.get(i);
                    ObjectNode document = YAML.createObjectNode();
                    if (entry.has("use")) {
                        document.set(
                                "resource",
                                root.path("documents").path(entry.path("use").asText()));
                    }
                    for (String block : List.of("resource", "data", "provider")) {
                        if (entry.has(block)) {
                            document.set(block, entry.get(block));
                        }
                    }
                    cases.add(new Case(
                            file,
                            i,
                            entry.path("rule").asText(),
                            entry.path("expect").asText().equals("fail"),
                            document));
                }
            }
        }
        return cases;
    }

    static Stream<Arguments> fixtures() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void ruleJudgesItsFixture(Case fixture) {
        Rule rule = RULES.get(fixture.rule());
        assertThat(rule).as("rule %s exists", fixture.rule()).isNotNull();
        var violations = rule.check(TerraformModel.of("fixture", fixture.file(), fixture.document()));
        if (fixture.fails()) {
            assertThat(violations).as(fixture.toString()).isNotEmpty();
            assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        } else {
            assertThat(violations).as(fixture.toString()).isEmpty();
        }
    }

    @Test
    void everyRuleHasAFailingAndAPassingFixture() throws IOException {
        Set<String> failing = new HashSet<>();
        Set<String> passing = new HashSet<>();
        for (Case fixture : cases()) {
            (fixture.fails() ? failing : passing).add(fixture.rule());
        }
        assertThat(RULES.keySet()).allSatisfy(id -> {
            assertThat(failing).as("failing fixture of " + id).contains(id);
            assertThat(passing).as("passing fixture of " + id).contains(id);
        });
        assertThat(RULES).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyRuleIsDescribedAndMapped() {
        for (Rule rule : RULES.values()) {
            var info = rule.info();
            assertThat(info.title()).isNotBlank();
            assertThat(info.rationale()).isNotBlank();
            assertThat(info.remediation()).isNotBlank();
            assertThat(info.controls()).as(info.id() + " controls").isNotEmpty();
        }
    }
}
