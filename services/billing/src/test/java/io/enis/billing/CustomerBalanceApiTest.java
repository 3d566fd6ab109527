package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The customer credit balance applied to later invoices, over real HTTP on both stores: credit notes of
 * type {@code credit} on paid invoices build it up; each invoice finalized afterwards takes what it can
 * ({@code applied_balance_minor}, traced in {@code balance_application}), paid at once when it covers
 * everything; a voided invoice gives back what it took; the ledger is append-only with the balance
 * before and after each entry; and concurrent finalizations never take more than the balance.
 */
class CustomerBalanceApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    /** Drafts of the basic subscription's first {@code n} regular periods (10.00 EUR each), once ended. */
    private static List<String> drafts(BillingFixture fx, String sub, int n) {
        fx.clock.set(Instant.parse("2026-09-01T00:00:00Z"));
        List<String> out = new ArrayList<>();
        for (JsonNode p : fx.admin
                .get("/v1/billing/subscriptions/" + sub + "/periods")
                .json()
                .get("data")) {
            if (p.get("kind").asText().equals("regular") && out.size() < n) {
                out.add(fx.create(
                        "/v1/billing/invoices",
                        "{\"subscription_id\": \"" + sub + "\", \"period_start\": \""
                                + p.get("start").asText() + "\"}"));
            }
        }
        return out;
    }

    private static JsonNode finalize(BillingFixture fx, String invoice) {
        return fx.post("/v1/billing/invoices/" + invoice + "/finalize", "", 200).json();
    }

    private static void payManually(BillingFixture fx, String invoice) {
        fx.post("/v1/billing/payments/manual", "{\"invoice_id\": \"" + invoice + "\", \"reference\": \"SEPA\"}", 201);
    }

    private static void credit(BillingFixture fx, String invoice, long amount) {
        fx.post(
                "/v1/billing/invoices/" + invoice + "/credit-notes",
                "{\"amount_minor\": " + amount + ", \"reason\": \"goodwill\", \"type\": \"credit\"}",
                201);
    }

    private static JsonNode balance(BillingFixture fx, String customer) {
        return fx.admin.get("/v1/billing/customers/" + customer + "/balance").json();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theBalanceIsAppliedAtFinalizationAndGivenBackWhenVoided(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String customer = ids.get("customer");
            List<String> invoices = drafts(fx, fx.subscribe(ids, "basic"), 4);

            JsonNode first = finalize(fx, invoices.get(0));
            assertThat(first.get("applied_balance_minor").asLong())
                    .as("no balance yet")
                    .isZero();
            assertThat(first.get("amount_due_minor").asLong()).isEqualTo(1000);
            payManually(fx, invoices.get(0));
            credit(fx, invoices.get(0), 600);
            assertThat(balance(fx, customer).get("balance_minor").asLong()).isEqualTo(600);

            // the balance pays part of the next invoice
            JsonNode second = finalize(fx, invoices.get(1));
            assertThat(second.get("status").asText()).isEqualTo("open");
            assertThat(second.get("total_minor").asLong()).isEqualTo(1000);
            assertThat(second.get("applied_balance_minor").asLong()).isEqualTo(600);
            assertThat(second.get("amount_due_minor").asLong()).isEqualTo(400);
            JsonNode trace = second.get("balance_application");
            assertThat(trace.get("formula").asText()).contains("min(max(balance_before, 0), max(total, 0))");
            assertThat(trace.get("balance_before_minor").asLong()).isEqualTo(600);
            assertThat(trace.get("applied_minor").asLong()).isEqualTo(600);
            assertThat(trace.get("balance_after_minor").asLong()).isZero();
            long lines = 0;
            for (JsonNode line : second.get("lines")) {
                lines += line.get("total_minor").asLong();
            }
            assertThat(lines - second.get("applied_balance_minor").asLong())
                    .as("sum of lines − applied = amount due")
                    .isEqualTo(second.get("amount_due_minor").asLong());
            assertThat(balance(fx, customer).get("balance_minor").asLong()).isZero();
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + invoices.get(1))
                            .json()
                            .get("amount_due_minor")
                            .asLong())
                    .as("stored as finalized")
                    .isEqualTo(400);
            payManually(fx, invoices.get(1));

            // a credit on an invoice paid partly by the balance goes back to the balance, up to all it was paid
            credit(fx, invoices.get(1), 1000);
            JsonNode third = finalize(fx, invoices.get(2));
            assertThat(third.get("status").asText())
                    .as("the balance covers it all")
                    .isEqualTo("paid");
            assertThat(third.get("applied_balance_minor").asLong()).isEqualTo(1000);
            assertThat(third.get("amount_due_minor").asLong()).isZero();

            // voiding an invoice gives back the balance it took
            credit(fx, invoices.get(2), 300);
            JsonNode fourth = finalize(fx, invoices.get(3));
            assertThat(fourth.get("applied_balance_minor").asLong()).isEqualTo(300);
            assertThat(fourth.get("amount_due_minor").asLong()).isEqualTo(700);
            fx.post("/v1/billing/invoices/" + invoices.get(3) + "/void", "", 200);

            JsonNode ledger = balance(fx, customer);
            assertThat(ledger.get("balance_minor").asLong()).isEqualTo(300);
            List<String> entries = new ArrayList<>();
            for (JsonNode t : ledger.get("transactions")) {
                entries.add(t.get("kind").asText() + " " + t.get("amount_minor").asLong() + " "
                        + t.get("balance_before_minor").asLong() + "→"
                        + t.get("balance_after_minor").asLong());
                assertThat(t.get("actor").asText()).isNotBlank();
                assertThat(t.get("created_at").asText()).isNotBlank();
            }
            assertThat(entries)
                    .containsExactly(
                            "credit_note 600 0→600",
                            "applied -600 600→0",
                            "credit_note 1000 0→1000",
                            "applied -1000 1000→0",
                            "credit_note 300 0→300",
                            "applied -300 300→0",
                            "returned 300 0→300");
            assertThat(ledger.get("transactions").get(1).get("invoice_id").asText())
                    .isEqualTo(invoices.get(1));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void concurrentFinalizationsNeverTakeMoreThanTheBalance(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String customer = ids.get("customer");
            List<String> invoices = drafts(fx, fx.subscribe(ids, "basic"), 7);
            finalize(fx, invoices.get(0));
            payManually(fx, invoices.get(0));
            credit(fx, invoices.get(0), 999); // 9.99 EUR for six invoices of 10.00 EUR
            List<Callable<TestClient.Response>> calls = new ArrayList<>();
            for (String invoice : invoices.subList(1, invoices.size())) {
                calls.add(() -> fx.admin.post("/v1/billing/invoices/" + invoice + "/finalize", ""));
            }
            long applied = 0;
            var pool = Executors.newFixedThreadPool(6);
            try {
                for (var f : pool.invokeAll(calls)) {
                    TestClient.Response r = f.get();
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    JsonNode inv = r.json();
                    assertThat(inv.get("amount_due_minor").asLong()).isBetween(0L, 1000L);
                    assertThat(inv.get("amount_due_minor").asLong()
                                    + inv.get("applied_balance_minor").asLong())
                            .isEqualTo(1000);
                    applied += inv.get("applied_balance_minor").asLong();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(applied).as("exactly the balance, taken once").isEqualTo(999);
            JsonNode ledger = balance(fx, customer);
            assertThat(ledger.get("balance_minor").asLong()).isZero();
            long before = 0;
            for (JsonNode t : ledger.get("transactions")) {
                assertThat(t.get("balance_before_minor").asLong())
                        .as("each entry sees the last one's balance")
                        .isEqualTo(before);
                before = t.get("balance_after_minor").asLong();
                assertThat(before).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theInvoiceRunAppliesTheBalanceToo(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String customer = ids.get("customer");
            fx.subscribe(ids, "basic");
            fx.clock.set(Instant.parse("2026-03-05T00:00:00Z")); // the first period and its grace have passed
            assertThat(fx.definition.jobs().runOnce().invoicesFinalized()).isEqualTo(1);
            String first = invoiceOf(fx, customer, "2026-01-31T10:00:00Z");
            payManually(fx, first);
            credit(fx, first, 250);
            fx.clock.set(Instant.parse("2026-04-05T00:00:00Z"));
            assertThat(fx.definition.jobs().runOnce().invoicesFinalized()).isEqualTo(1);
            JsonNode second = fx.admin
                    .get("/v1/billing/invoices/" + invoiceOf(fx, customer, "2026-02-28T10:00:00Z"))
                    .json();
            assertThat(second.get("applied_balance_minor").asLong()).isEqualTo(250);
            assertThat(second.get("amount_due_minor").asLong()).isEqualTo(750);
            assertThat(second.get("balance_application")
                            .get("balance_after_minor")
                            .asLong())
                    .isZero();
            assertThat(balance(fx, customer).get("balance_minor").asLong()).isZero();
        }
    }

    private static String invoiceOf(BillingFixture fx, String customer, String periodStart) {
        for (JsonNode inv : fx.admin
                .get("/v1/billing/invoices?limit=100&customer_id=" + customer)
                .json()
                .get("data")) {
            if (inv.get("period_start").asText().equals(periodStart)) {
                return inv.get("id").asText();
            }
        }
        throw new AssertionError("no invoice of the period starting at " + periodStart);
    }
}
