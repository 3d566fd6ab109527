package io.enis.billing;

import static io.enis.billing.BillingFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.payments.ChargeOutcome;
import io.enis.billing.payments.ScriptedPaymentProvider;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credit notes of type {@code credit} and {@code refund} over real HTTP on both stores, with a
 * {@link ScriptedPaymentProvider} that collects (stripe-mock's PaymentIntents never succeed, so no
 * refund could follow one): the caps (credited ≤ total, refunded ≤ paid less refunded) hold for
 * sequential and 20 concurrent requests, and every refusal names the field and what remains.
 */
class CreditNoteApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    /** A basic subscription's first invoice (10.00 EUR), finalized and, when {@code pay}, collected. */
    private static String invoice(BillingFixture fx, boolean pay) {
        var ids = fx.catalogue();
        String sub = fx.subscribe(ids, "basic");
        fx.clock.set(Instant.parse("2026-03-01T00:00:00Z"));
        String id = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                .json()
                .get("id")
                .asText();
        fx.post("/v1/billing/invoices/" + id + "/finalize", "", 200);
        if (pay) {
            fx.post("/v1/billing/payments", "{\"invoice_id\": \"" + id + "\"}", 200);
        }
        return id;
    }

    private static TestClient.Response credit(BillingFixture fx, String invoice, long amount, String type, String key) {
        return fx.admin.send(
                "POST",
                "/v1/billing/invoices/" + invoice + "/credit-notes",
                "{\"amount_minor\": " + amount + ", \"reason\": \"goodwill\", \"type\": \"" + type + "\"}",
                "application/json",
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private static BillingFixture started(TestStores.Store store, Path dir) throws Exception {
        var provider = new ScriptedPaymentProvider();
        for (int i = 0; i < 5; i++) {
            provider.then(ChargeOutcome.succeeded("pi_" + i));
        }
        return new BillingFixture(new BillingService(config -> provider), store, dir, Map.of());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPaidInvoiceIsRefundedOrCreditedToTheBalanceNeverBeyondWhatWasPaid(TestStores.Store store) throws Exception {
        try (var fx = started(store, dataDir)) {
            String invoice = invoice(fx, true);
            String payment = fx.admin
                    .get("/v1/billing/payments?invoice_id=" + invoice)
                    .json()
                    .get("data")
                    .get(0)
                    .get("id")
                    .asText();
            var refund = credit(fx, invoice, 300, "refund", "cn-1");
            assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
            assertThat(refund.json().get("type").asText()).isEqualTo("refund");
            assertThat(refund.json().get("refund_id").asText()).startsWith("re_");
            assertThat(credit(fx, invoice, 300, "refund", "cn-1")
                            .json()
                            .get("id")
                            .asText())
                    .as("a retry returns the first credit note")
                    .isEqualTo(refund.json().get("id").asText());

            var plain = fx.admin.send(
                    "POST",
                    "/v1/billing/payments/" + payment + "/refunds",
                    "{\"amount_minor\": 500}",
                    "application/json",
                    Map.of("Idempotency-Key", "plain-1"));
            assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
            var tooMuch = credit(fx, invoice, 201, "refund", "cn-2");
            assertRefused(tooMuch, 422, "amount_minor");
            assertThat(tooMuch.json().get("errors").toString()).contains("at most 2.00 EUR");

            var balance = credit(fx, invoice, 700, "credit", null);
            assertThat(balance.status()).as(balance.toString()).isEqualTo(201);
            String customer = fx.admin
                    .get("/v1/billing/invoices/" + invoice)
                    .json()
                    .get("customer_id")
                    .asText();
            var read = fx.admin.get("/v1/billing/customers/" + customer + "/balance");
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            JsonNode account = read.json();
            assertThat(account.get("balance_minor").asLong()).isEqualTo(700);
            var overCredit = credit(fx, invoice, 1, "credit", null);
            assertRefused(overCredit, 422, "amount_minor");
            assertThat(overCredit.json().get("errors").toString()).contains("at most 0.00 EUR");

            JsonNode notes = fx.admin
                    .get("/v1/billing/invoices/" + invoice + "/credit-notes")
                    .json()
                    .get("data");
            assertThat(notes.findValuesAsText("type")).containsExactly("refund", "credit");
            JsonNode after = fx.admin.get("/v1/billing/invoices/" + invoice).json();
            assertThat(after.get("amount_credited_minor").asLong()).isEqualTo(1000);
            assertThat(after.get("status").asText()).isEqualTo("paid");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badCreditNotesAreRefusedAndWriteNothing(TestStores.Store store) throws Exception {
        try (var fx = started(store, dataDir)) {
            String open = invoice(fx, false);
            assertRefused(credit(fx, open, 100, "refund", "k1"), 409, "type");
            assertRefused(credit(fx, open, 100, "refund", null), 400, "Idempotency-Key");
            assertRefused(credit(fx, open, 100, "gift", null), 400, "type");
            assertRefused(credit(fx, open, 0, "credit", null), 400, "amount_minor");
            assertRefused(credit(fx, open, 1001, "credit", null), 422, "amount_minor");
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + open + "/credit-notes")
                            .json()
                            .get("data"))
                    .isEmpty();
            assertThat(credit(fx, open, 400, "credit", null).status()).isEqualTo(201);
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + open)
                            .json()
                            .get("amount_due_minor")
                            .asLong())
                    .as("an open invoice asks for less")
                    .isEqualTo(600);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void twentyConcurrentRefundsCannotPassWhatWasPaid(TestStores.Store store) throws Exception {
        try (var fx = started(store, dataDir)) {
            String invoice = invoice(fx, true);
            var pool = Executors.newFixedThreadPool(20);
            List<Integer> statuses = new ArrayList<>();
            try {
                List<Callable<TestClient.Response>> calls = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    String key = "race-" + i;
                    String type = i % 2 == 0 ? "refund" : "credit";
                    calls.add(() -> credit(fx, invoice, 300, type, key));
                }
                for (var f : pool.invokeAll(calls)) {
                    statuses.add(f.get().status());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(statuses).as("1000 paid: three notes of 300 fit").containsOnly(201, 422);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
            JsonNode notes = fx.admin
                    .get("/v1/billing/invoices/" + invoice + "/credit-notes")
                    .json()
                    .get("data");
            assertThat(notes).hasSize(3);
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + invoice)
                            .json()
                            .get("amount_credited_minor")
                            .asLong())
                    .isEqualTo(900);
        }
    }
}
