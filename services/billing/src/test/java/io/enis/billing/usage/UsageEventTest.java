package io.enis.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical payload a replay is compared with: written straight to a generator, it must be the
 * very string the tree-based form gave (what events stored before were kept with), or their exact
 * replays would become conflicts.
 */
class UsageEventTest {
    @Test
    void theCanonicalPayloadIsTheStringTheTreeBasedFormGave() {
        List<String> bodies = List.of(
                "{\"transaction_id\":\"a-1\",\"subscription_id\":\"sub_1\",\"metric_code\":\"calls\"}",
                "{\"transaction_id\":\"a-2\",\"customer_id\":\"cus_1\",\"metric_code\":\"gb\",\"timestamp\":\"2026-01-10T12:00:00+02:00\","
                        + "\"properties\":{\"z\":1,\"a\":\"x\",\"m\":true,\"big\":123456789012345678901234567890,\"f\":1.50,"
                        + "\"neg\":-0.0,\"exp\":1e-7,\"long\":9007199254740993}}",
                "{\"transaction_id\":\"a-3\",\"subscription_id\":\"sub_\\\"q\\\"\",\"metric_code\":\"calls\",\"properties\":"
                        + "{\"region\":\"eu \\u00e9 \\u2028 \\ud83d\\ude00 \\\\ \\\" \\n\",\"lone\":\"\\ud800\",\"ctl\":\"\\u0001\"}}",
                "{\"transaction_id\":\"a-4\",\"subscription_id\":\"s\",\"metric_code\":\"calls\",\"properties\":null,"
                        + "\"timestamp\":\"2026-01-10T12:00:00.123456789Z\"}");
        for (String body : bodies) {
            JsonNode node = Json.parse(body.getBytes(StandardCharsets.UTF_8));
            Fields f = new Fields();
            UsageEvent e = UsageEvent.read(f, node, "");
            assertThat(f.errors()).isEmpty();
            assertThat(e.payload()).as(body).isEqualTo(treeBased(e));
        }
    }

    /** How the canonical payload was built before: an object node, serialized by the mapper. */
    private static String treeBased(UsageEvent e) {
        ObjectNode canonical = Json.MAPPER.createObjectNode();
        canonical.put("transaction_id", e.transactionId());
        canonical.put("customer_id", e.customerId());
        canonical.put("subscription_id", e.subscriptionId());
        canonical.put("metric_code", e.metricCode());
        canonical.set("properties", Json.MAPPER.valueToTree(e.properties()));
        canonical.put("timestamp", e.timestamp() == null ? null : e.timestamp().toString());
        return Json.write(canonical);
    }
}
