package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Customers, products, metrics and plans over real HTTP, on the embedded store and PostgreSQL. */
class CatalogueApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsText("field");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void customersAreCreatedReadPagedAndReplaced(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var created = fx.post("/v1/billing/customers", """
                    {"external_id": "acme-1", "name": "Acme SL", "email": "billing@acme.example", "currency": "EUR",
                     "billing_address": {"line1": "Gran Via 1", "city": "Madrid", "postal_code": "28013", "country": "ES"},
                     "tax_rates": [{"name": "IVA", "percentage": "21"}], "stripe_customer_id": "cus_Nabc123"}""", 201).json();
            String id = created.get("id").asText();
            assertThat(id).matches("cus_[0-9a-f]{24}");
            assertThat(created.get("tax_rates").get(0).get("percentage").decimalValue()).isEqualByComparingTo("21");
            assertThat(fx.admin.get("/v1/billing/customers/" + id).json().get("billing_address").get("country").asText()).isEqualTo("ES");

            List<String> ids = new ArrayList<>(List.of(id));
            for (int i = 0; i < 3; i++) {
                fx.clock.advance(java.time.Duration.ofMillis(5));
                ids.add(fx.create("/v1/billing/customers", "{\"name\": \"c" + i + "\", \"currency\": \"JPY\"}"));
            }
            var first = fx.admin.get("/v1/billing/customers?limit=3").json();
            assertThat(first.get("has_more").asBoolean()).isTrue();
            var second = fx.admin.get("/v1/billing/customers?limit=3&cursor=" + first.get("next_cursor").asText()).json();
            assertThat(second.get("has_more").asBoolean()).isFalse();
            assertThat(second.has("next_cursor")).isFalse();
            List<String> paged = new ArrayList<>(first.get("data").findValuesAsText("id"));
            paged.addAll(second.get("data").findValuesAsText("id"));
            assertThat(paged).containsExactlyElementsOf(ids);

            var replaced = fx.admin.put("/v1/billing/customers/" + id, "{\"name\": \"Acme SA\", \"currency\": \"EUR\"}");
            assertThat(replaced.status()).isEqualTo(200);
            assertThat(replaced.json().get("name").asText()).isEqualTo("Acme SA");
            assertThat(replaced.json().has("external_id")).as("replaced whole").isFalse();
            var recurrency = fx.admin.put("/v1/billing/customers/" + id, "{\"name\": \"Acme\", \"currency\": \"USD\"}");
            assertThat(recurrency.status()).isEqualTo(400);
            assertThat(fields(recurrency.json())).containsExactly("currency");
            assertThat(fx.admin.get("/v1/billing/customers/cus_000000000000000000000000").status()).isEqualTo(404);
            assertThat(fx.admin.get("/v1/billing/customers?limit=0").status()).isEqualTo(400);
            assertThat(fx.admin.get("/v1/billing/customers?cursor=x").json().get("errors").findValuesAsText("field")).containsExactly("cursor");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badCustomersAreRefusedNamingEveryFieldAndNothingIsStored(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var bad = fx.post("/v1/billing/customers", """
                    {"name": "", "currency": "eur", "billing_address": {"city": "Madrid"},
                     "tax_rates": [{"name": "IVA", "percentage": "101"}, {"name": "x", "percentage": 7.25}],
                     "stripe_customer_id": "acct_1"}""", 400).json();
            assertThat(fields(bad)).containsExactly("name", "currency", "billing_address.country", "tax_rates[0].percentage",
                    "tax_rates[1].percentage", "stripe_customer_id");
            assertThat(bad.get("errors").get(1).get("message").asText()).contains("EUR", "JPY", "KWD");
            fx.post("/v1/billing/customers", "{\"external_id\": \"e1\", \"name\": \"a\", \"currency\": \"KWD\"}", 201);
            var taken = fx.post("/v1/billing/customers", "{\"external_id\": \"e1\", \"name\": \"b\", \"currency\": \"KWD\"}", 409).json();
            assertThat(fields(taken)).containsExactly("external_id");
            assertThat(fx.admin.get("/v1/billing/customers").json().get("data")).hasSize(1);
            assertThat(fx.admin.post("/v1/billing/customers", "{not json").json().get("errors").findValuesAsText("field")).containsExactly("body");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void plansCarryEveryPriceModelAndMeteredCharges(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            String product = fx.create("/v1/billing/products", "{\"name\": \"API\", \"description\": \"the public API\"}");
            for (String agg : List.of("sum", "max", "unique_count", "latest")) {
                fx.create("/v1/billing/metrics", "{\"code\": \"m-" + agg + "\", \"name\": \"m\", \"aggregation\": \"" + agg
                        + "\", \"field_name\": \"v\"}");
            }
            fx.create("/v1/billing/metrics", "{\"code\": \"calls\", \"name\": \"API calls\", \"aggregation\": \"count\"}");
            var plan = fx.post("/v1/billing/plans", """
                    {"code": "pro", "name": "Pro", "product_id": "%s", "currency": "EUR", "interval": "month", "trial_days": 14,
                     "fee": {"model": "per_unit", "unit_price": "1250"},
                     "charges": [
                       {"metric_code": "calls", "price": {"model": "graduated", "tiers": [{"up_to": 1000, "unit_price": "0"},
                                                                                        {"up_to": "10000.5", "unit_price": "0.05"}, {"unit_price": "0.01"}]}},
                       {"metric_code": "m-sum", "price": {"model": "volume", "tiers": [{"up_to": "5", "unit_price": "500"}, {"unit_price": "300"}]}},
                       {"metric_code": "m-max", "price": {"model": "package", "package_price": 500, "package_size": 1000}},
                       {"metric_code": "m-latest", "price": {"model": "flat", "amount": 0}}]}""".formatted(product), 201).json();
            var read = fx.admin.get("/v1/billing/plans/" + plan.get("id").asText()).json();
            assertThat(read).isEqualTo(plan);
            assertThat(read.get("interval_count").asInt()).isEqualTo(1);
            assertThat(read.get("charges").get(0).get("price").get("tiers").get(1).get("up_to").asText()).isEqualTo("10000.5");
            assertThat(read.get("charges").get(2).get("price").get("package_price").asLong()).isEqualTo(500);
            assertThat(fx.admin.get("/v1/billing/plans").json().get("data")).hasSize(1);
            assertThat(fx.admin.get("/v1/billing/metrics?limit=2").json().get("has_more").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badPlansAndMetricsNameTheFieldAndWhatIsAllowed(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            String product = fx.create("/v1/billing/products", "{\"name\": \"API\"}");
            assertThat(fields(fx.post("/v1/billing/metrics", "{\"code\": \"c\", \"name\": \"c\", \"aggregation\": \"count\", \"field_name\": \"v\"}", 400).json()))
                    .containsExactly("field_name");
            assertThat(fields(fx.post("/v1/billing/metrics", "{\"code\": \"u\", \"name\": \"u\", \"aggregation\": \"unique_count\"}", 400).json()))
                    .containsExactly("field_name");
            assertThat(fields(fx.post("/v1/billing/metrics", "{\"code\": \"U!\", \"name\": \"u\", \"aggregation\": \"avg\"}", 400).json()))
                    .containsExactly("code", "aggregation");
            fx.create("/v1/billing/metrics", "{\"code\": \"gb\", \"name\": \"GB\", \"aggregation\": \"sum\", \"field_name\": \"gb\"}");
            assertThat(fields(fx.post("/v1/billing/metrics", "{\"code\": \"gb\", \"name\": \"GB\", \"aggregation\": \"max\", \"field_name\": \"gb\"}", 409).json()))
                    .containsExactly("code");

            var bad = fx.post("/v1/billing/plans", """
                    {"code": "p", "name": "P", "product_id": "%s", "currency": "EUR", "interval": "fortnight", "interval_count": 13,
                     "fee": {"model": "flat", "amount": -1},
                     "charges": [{"metric_code": "gb", "price": {"model": "graduated", "tiers": [{"up_to": "10", "unit_price": "1"},
                                                                                               {"up_to": "5", "unit_price": "1"}, {"unit_price": "1"}]}},
                                 {"metric_code": "gb", "price": {"model": "per_unit", "unit_price": 0.5}}]}""".formatted(product), 400).json();
            assertThat(fields(bad)).containsExactly("interval", "interval_count", "fee.amount", "charges[0].price.tiers[1].up_to",
                    "charges[1].metric_code", "charges[1].price.unit_price");
            var refs = fx.post("/v1/billing/plans", """
                    {"code": "p", "name": "P", "product_id": "prod_000000000000000000000000", "currency": "EUR", "interval": "month",
                     "charges": [{"metric_code": "nope", "price": {"model": "per_unit", "unit_price": "1"}}]}""", 400).json();
            assertThat(fields(refs)).containsExactly("product_id", "charges[0].metric_code");
            assertThat(fields(fx.post("/v1/billing/plans", "{\"code\": \"p\", \"name\": \"P\", \"product_id\": \"" + product
                    + "\", \"currency\": \"EUR\", \"interval\": \"month\"}", 400).json())).containsExactly("fee");
            assertThat(fx.admin.get("/v1/billing/plans").json().get("data")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void scopesAreChecked(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            String key = fx.post("/v1/admin/keys", "{\"name\": \"meter\", \"scopes\": [\"usage:write\"]}", 201).json().get("key").asText();
            assertThat(fx.admin.as(key).get("/v1/billing/customers").status()).isEqualTo(403);
            assertThat(fx.admin.as(null).get("/v1/billing/customers").status()).isEqualTo(401);
        }
    }
}
