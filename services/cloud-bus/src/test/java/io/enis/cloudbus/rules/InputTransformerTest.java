package io.enis.cloudbus.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputTransformerTest {
    final com.fasterxml.jackson.databind.JsonNode event = json("""
            {"id": "e1", "type": "order.created", "data": {"order": {"id": "o-7", "total": 12.5, "lines": [{"sku": "A\\"1"}]}}}""");

    private static com.fasterxml.jackson.databind.JsonNode json(String s) {
        try {
            return Json.MAPPER.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void valuesAreJsonOutsideStringsAndTextInside() throws Exception {
        var t = InputTransformer.compile(
                Map.of(
                        "order",
                        "$.data.order.id",
                        "total",
                        "$.data.order.total",
                        "first",
                        "$.data.order.lines[0]",
                        "sku",
                        "$.data.order.lines[0].sku",
                        "missing",
                        "$.data.nope"),
                """
                {"text": "Order <order> totals <total> (<sku>)", "order": <order>, "total": <total>, "line": <first>, "none": <missing>, "raw": "<missing>"}""",
                "t");
        var out = json(t.apply(event));
        assertThat(out.get("text").asText()).isEqualTo("Order o-7 totals 12.5 (A\"1)");
        assertThat(out.get("order").asText()).isEqualTo("o-7");
        assertThat(out.get("total").doubleValue()).isEqualTo(12.5);
        assertThat(out.get("line").get("sku").asText()).isEqualTo("A\"1");
        assertThat(out.get("none").isNull()).isTrue();
        assertThat(out.get("raw").asText()).isEmpty();
    }

    @Test
    void wholeEventAndPlainTextTemplates() {
        var t = InputTransformer.compile(Map.of(), "New event: <event>", "t");
        assertThat(t.apply(event)).startsWith("New event: {\"id\":\"e1\"");
    }

    @Test
    void badPathsAndPlaceholdersAreRefused() {
        assertThatThrownBy(() -> InputTransformer.compile(Map.of("x", "data.order"), "<x>", "targets[0].transform"))
                .hasMessageContaining("JSONPath")
                .satisfies(e -> assertThat(((EventPattern.PatternException) e).path())
                        .isEqualTo("targets[0].transform.inputPaths.x"));
        assertThatThrownBy(() -> InputTransformer.compile(Map.of(), "<unknown>", "t"))
                .hasMessageContaining("<unknown> is not in inputPaths");
    }
}
