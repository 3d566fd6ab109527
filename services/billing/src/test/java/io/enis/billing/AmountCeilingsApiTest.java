package io.enis.billing;

import static io.enis.billing.BillingFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Overflowing amounts over real HTTP on both stores: usage values and plan prices above their
 * ceilings ({@link io.enis.billing.pricing.Ceilings}) are refused naming the field — {@code 1e999999999}
 * without ever being expanded — and a period whose accepted values still overflow when rated answers
 * 422 {@code amount-overflow} on demand and is reported, not blocking, by the invoice run.
 */
class AmountCeilingsApiTest {
    private static final String TRACK = "/v1/billing/usage-tracking";

    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static String gb(String id, String sub, String value) {
        return "{\"transaction_id\": \"" + id + "\", \"subscription_id\": \"" + sub
                + "\", \"metric_code\": \"gb\", \"properties\": {\"gb\": " + value + "}}";
    }

    private static String plan(Map<String, String> ids, String code, String price) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + code + "\", \"product_id\": \"" + ids.get("prod")
                + "\", \"currency\": \"EUR\", \"interval\": \"month\", \"charges\": [{\"metric_code\": \"gb\", "
                + "\"price\": " + price + "}]}";
    }

    @ParameterizedTest
    @MethodSource("stores")
    void hugeUsageValuesAndPricesAreRefusedNamingTheField(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            for (String huge : List.of("\"1e999999999\"", "\"1e300\"", "1E+999999999", "\"1000000000000000\"")) {
                var r = fx.admin.post(TRACK, gb("huge-" + huge.length(), sub, huge));
                assertRefused(r, 400, "properties.gb");
                if (huge.startsWith("\"")) {
                    assertThat(r.json().path("errors").toString()).contains("less than 1e15");
                }
            }
            fx.post(TRACK, gb("largest", sub, "\"999999999999999.999999\""), 201);

            var price = fx.admin.post(
                    "/v1/billing/plans",
                    plan(ids, "dear", "{\"model\": \"per_unit\", \"unit_price\": \"1000000000000\"}"));
            assertThat(price.status()).as(price.toString()).isEqualTo(400);
            assertThat(price.json().path("errors").toString()).contains("unit_price", "less than 1e12");
            var flat = fx.admin.post(
                    "/v1/billing/plans", plan(ids, "dearer", "{\"model\": \"flat\", \"amount\": 1000000000000000}"));
            assertThat(flat.status()).as(flat.toString()).isEqualTo(400);
            assertThat(flat.json().path("errors").toString()).contains("amount", "999999999999999");
            fx.create("/v1/billing/plans", plan(ids, "ok", "{\"model\": \"flat\", \"amount\": 999999999999999}"));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPeriodThatOverflowsIsRefusedAndNeverBlocksTheInvoiceRun(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir, Map.of("USAGE_GRACE_PERIOD", "1h"))) {
            var ids = fx.catalogue();
            ids.put(
                    "dear",
                    fx.create(
                            "/v1/billing/plans",
                            plan(ids, "dear", "{\"model\": \"per_unit\", \"unit_price\": \"99999999999\"}")));
            String poisoned = fx.subscribe(ids, "dear");
            String healthy = fx.subscribe(ids, "basic");
            // each value is within its ceiling, the product (about 1e26 minor units) is not
            fx.post(TRACK, gb("big", poisoned, "\"999999999999999\""), 201);
            fx.clock.set(Instant.parse("2026-03-01T12:00:00Z"));

            var onDemand = fx.admin.post("/v1/billing/invoices", "{\"subscription_id\": \"" + poisoned + "\"}");
            assertRefused(onDemand, 422, "lines");
            assertThat(onDemand.json().path("type").asText()).endsWith("/amount-overflow");
            assertThat(onDemand.json().path("detail").asText()).contains(poisoned, "2026-01-31T10:00:00Z");

            for (int tick = 0; tick < 2; tick++) {
                var t = fx.definition.jobs().runOnce();
                assertThat(t.invoicesFinalized()).as("tick " + tick).isEqualTo(tick == 0 ? 1 : 0);
                assertThat(t.invoiceFailures())
                        .as("reported on every tick, never blocking")
                        .singleElement()
                        .asString()
                        .startsWith(poisoned + "/")
                        .contains("overflow");
            }
            var invoices = fx.admin
                    .get("/v1/billing/invoices?customer_id=" + ids.get("customer"))
                    .json()
                    .path("data");
            assertThat(invoices).hasSize(1);
            assertThat(invoices.get(0).path("subscription_id").asText(healthy)).isEqualTo(healthy);
            assertThat(invoices.get(0).path("status").asText()).isEqualTo("open");
        }
    }
}
