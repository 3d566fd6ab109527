package io.enis.billing;

import static io.enis.billing.BillingFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.usage.UsageAggregates;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Late usage after a period's draft exists, over real HTTP on both stores: an event accepted (201)
 * while the draft is open is on the invoice once it is finalized (the draft is re-rated: quantity,
 * count and the events' SHA-256), and once the invoice is finalized further late events for the
 * period are refused 422 {@code period-invoiced} naming the invoice, although the grace period runs on.
 */
class LateUsageApiTest {
    private static final String TRACK = "/v1/billing/usage-tracking";

    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static String gb(String id, String sub, String value, String at) {
        return "{\"transaction_id\": \"" + id + "\", \"subscription_id\": \"" + sub
                + "\", \"metric_code\": \"gb\", \"properties\": {\"gb\": \"" + value + "\"}, \"timestamp\": \"" + at
                + "\"}";
    }

    private static JsonNode gbLine(JsonNode invoice) {
        return StreamSupport.stream(invoice.path("lines").spliterator(), false)
                .filter(l -> l.path("kind").asText().equals("usage")
                        && l.path("description").asText().contains("(gb)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gb line in " + invoice));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anEventAcceptedAfterTheDraftIsOnTheInvoiceAndOneAfterFinalizationIsRefused(TestStores.Store store)
            throws Exception {
        try (var fx = new BillingFixture(store, dataDir, Map.of("USAGE_GRACE_PERIOD", "2d"))) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.clock.set(Instant.parse("2026-02-10T00:00:00Z"));
            fx.post(TRACK, gb("on-time", sub, "1", "2026-02-10T00:00:00Z"), 201);
            // the period ended on 28 February 10:00; its grace runs until 2 March 10:00
            fx.clock.set(Instant.parse("2026-03-01T10:00:00Z"));
            JsonNode draft = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                    .json();
            assertThat(gbLine(draft).path("quantity").asText()).isEqualTo("1");
            String id = draft.path("id").asText();

            fx.post(TRACK, gb("late-1", sub, "2", "2026-02-28T09:00:00Z"), 201);
            JsonNode finalized =
                    fx.post("/v1/billing/invoices/" + id + "/finalize", "", 200).json();
            JsonNode line = gbLine(finalized);
            assertThat(line.path("quantity").asText()).isEqualTo("3");
            assertThat(line.path("amount_minor").asLong()).isEqualTo(300);
            assertThat(line.path("usage").path("event_count").asInt()).isEqualTo(2);
            assertThat(line.path("usage").path("events_sha256").asText())
                    .isEqualTo(UsageAggregates.sha256(List.of("late-1", "on-time")));
            assertThat(finalized.path("total_minor").asLong())
                    .isEqualTo(draft.path("total_minor").asLong() + 200);
            assertThat(fx.admin.get("/v1/billing/invoices/" + id).body())
                    .as("stored as finalized, read back the same")
                    .isEqualTo(fx.admin.get("/v1/billing/invoices/" + id).body());

            var refused = fx.admin.post(TRACK, gb("late-2", sub, "5", "2026-02-28T09:30:00Z"));
            assertRefused(refused, 422, "timestamp");
            assertThat(refused.json().path("type").asText()).endsWith("/period-invoiced");
            assertThat(refused.json().path("detail").asText())
                    .contains(id, finalized.path("number").asText(), "is finalized");
            fx.post(TRACK, gb("late-1", sub, "2", "2026-02-28T09:00:00Z"), 200);
            fx.post(TRACK, gb("current", sub, "5", "2026-03-01T09:00:00Z"), 201);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aDraftWithoutLateUsageIsFinalizedAsItWas(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir, Map.of("USAGE_GRACE_PERIOD", "2d"))) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.clock.set(Instant.parse("2026-02-10T00:00:00Z"));
            fx.post(TRACK, gb("on-time", sub, "1.5", "2026-02-10T00:00:00Z"), 201);
            fx.clock.set(Instant.parse("2026-03-01T10:00:00Z"));
            JsonNode draft = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                    .json();
            JsonNode finalized = fx.post(
                            "/v1/billing/invoices/" + draft.path("id").asText() + "/finalize", "", 200)
                    .json();
            assertThat(finalized.path("lines")).isEqualTo(draft.path("lines"));
            assertThat(finalized.path("total_minor")).isEqualTo(draft.path("total_minor"));
        }
    }
}
