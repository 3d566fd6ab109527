package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.webhooks.StripeSignature;
import io.enis.kit.testing.TestStores.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invoices, payments and Stripe webhooks over HTTP with the offline provider, on the embedded store and
 * PostgreSQL: on-demand creation for an ended period, renderings, the state machine, credit notes,
 * manual payments, refunds, and the bad input each refuses with the field it names.
 */
class InvoiceApiTest {
    static final String SECRET = "whsec_test_secret";

    @TempDir
    Path dir;

    static List<Store> stores() {
        return BillingFixture.stores();
    }

    private BillingFixture started(Store store) throws Exception {
        return new BillingFixture(store, dir, Map.of("STRIPE_WEBHOOK_SECRET", SECRET));
    }

    /** A pro subscription whose first period (31 Jan – 28 Feb) has ended, with two API calls in it. */
    private static String endedPeriod(BillingFixture fx, Map<String, String> ids) {
        String sub = fx.subscribe(ids, "pro");
        for (String id : new String[] {"c1", "c2"}) {
            fx.post(
                    "/v1/billing/usage-tracking",
                    "{\"transaction_id\": \"" + id + "\", \"subscription_id\": \"" + sub
                            + "\", \"metric_code\": \"calls\"}",
                    201);
        }
        fx.clock.set(Instant.parse("2026-03-01T00:00:00Z"));
        return sub;
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anEndedPeriodIsInvoicedOnDemandOnceRenderedFinalizedPaidCreditedAndRefunded(Store store) throws Exception {
        try (var fx = started(store)) {
            var ids = fx.catalogue();
            String sub = endedPeriod(fx, ids);
            JsonNode draft = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                    .json();
            assertThat(draft.path("status").asText()).isEqualTo("draft");
            assertThat(draft.path("number").isNull()).isTrue();
            assertThat(draft.path("billing_key").asText()).isEqualTo(sub + "/" + BillingFixture.START.toEpochMilli());
            assertThat(draft.path("total_minor").asLong()).isEqualTo(3000 + 1); // 2 calls × 0.5 cents, half-even
            String id = draft.path("id").asText();
            assertThat(fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 200)
                            .json()
                            .path("id")
                            .asText())
                    .isEqualTo(id);

            var html = fx.admin.send("GET", "/v1/billing/invoices/" + id, null, null, Map.of("Accept", "text/html"));
            assertThat(html.contentType()).startsWith("text/html");
            assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("Pro (pro)");
            var pdf = fx.admin.send(
                    "GET", "/v1/billing/invoices/" + id, null, null, Map.of("Accept", "application/pdf, text/html"));
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(pdf.body()).startsWith("%PDF-");
            assertThat(fx.admin.get("/v1/billing/invoices/" + id).contentType()).startsWith("application/json");

            JsonNode open =
                    fx.post("/v1/billing/invoices/" + id + "/finalize", "", 200).json();
            assertThat(open.path("status").asText()).isEqualTo("open");
            assertThat(open.path("number").asText()).isEqualTo("ENIS-2026-000001");
            assertRefused(fx.admin.post("/v1/billing/invoices/" + id + "/finalize", ""), 409, "status");

            JsonNode attempt = fx.post("/v1/billing/payments", "{\"invoice_id\": \"" + id + "\"}", 200)
                    .json();
            assertThat(attempt.path("status").asText()).isEqualTo("manual");
            JsonNode paid = fx.post(
                            "/v1/billing/payments/manual",
                            "{\"invoice_id\": \"" + id + "\", \"reference\": \"SEPA 42\"}",
                            201)
                    .json();
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + id)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("paid");
            assertThat(fx.admin.get("/v1/billing/invoices?status=paid").json().path("data"))
                    .hasSize(1);
            assertRefused(fx.admin.post("/v1/billing/invoices/" + id + "/void", ""), 409, "status");

            JsonNode note = fx.post(
                            "/v1/billing/invoices/" + id + "/credit-notes",
                            "{\"amount_minor\": 500, \"reason\": \"outage\"}",
                            201)
                    .json();
            assertThat(note.path("number").asText()).isEqualTo("ENIS-2026-000001-CN-01");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/invoices/" + id + "/credit-notes",
                            "{\"amount_minor\": 2502, \"reason\": \"x\"}"),
                    422,
                    "amount_minor");
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + id + "/credit-notes")
                            .json()
                            .path("data"))
                    .hasSize(1);

            String payment = paid.path("id").asText();
            assertRefused(
                    fx.admin.post("/v1/billing/payments/" + payment + "/refunds", "{\"amount_minor\": 100}"),
                    400,
                    "Idempotency-Key");
            var refund = fx.admin.send(
                    "POST",
                    "/v1/billing/payments/" + payment + "/refunds",
                    "{\"amount_minor\": 100}",
                    "application/json",
                    Map.of("Idempotency-Key", "refund-1"));
            assertThat(refund.status()).isEqualTo(201);
            var again = fx.admin.send(
                    "POST",
                    "/v1/billing/payments/" + payment + "/refunds",
                    "{\"amount_minor\": 100}",
                    "application/json",
                    Map.of("Idempotency-Key", "refund-1"));
            assertThat(again.json().path("id").asText())
                    .isEqualTo(refund.json().path("id").asText());
            assertRefused(
                    fx.admin.send(
                            "POST",
                            "/v1/billing/payments/" + payment + "/refunds",
                            "{\"amount_minor\": 2902}",
                            "application/json",
                            Map.of("Idempotency-Key", "refund-2")),
                    422,
                    "amount_minor");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badInputNamesTheFieldAndChangesNothing(Store store) throws Exception {
        try (var fx = started(store)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "basic");
            assertRefused(
                    fx.admin.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}"),
                    400,
                    "period_start");
            fx.clock.set(Instant.parse("2026-03-01T00:00:00Z"));
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/invoices",
                            "{\"subscription_id\": \"" + sub + "\", \"period_start\": \"2026-02-28T10:00:00Z\"}"),
                    422,
                    "period_start");
            assertRefused(fx.admin.post("/v1/billing/invoices", "{\"subscription_id\": 7}"), 400, "subscription_id");
            assertThat(fx.admin
                            .post("/v1/billing/invoices", "{\"subscription_id\": \"sub_000000000000000000000000\"}")
                            .status())
                    .isEqualTo(404);
            assertRefused(fx.admin.post("/v1/billing/payments", "{\"invoice_id\": \"nope\"}"), 400, "invoice_id");
            assertRefused(fx.admin.get("/v1/billing/payments"), 400, "invoice_id");
            assertRefused(fx.admin.get("/v1/billing/invoices?status=late"), 400, "status");
            String id = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                    .json()
                    .path("id")
                    .asText();
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/invoices/" + id + "/credit-notes", "{\"amount_minor\": 1, \"reason\": \"x\"}"),
                    409,
                    "status");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/invoices/" + id + "/credit-notes",
                            "{\"amount_minor\": -5, \"reason\": \"x\"}"),
                    400,
                    "amount_minor");
            assertRefused(fx.admin.post("/v1/billing/payments", "{\"invoice_id\": \"" + id + "\"}"), 409, "status");
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + id)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("draft");
            assertThat(fx.admin
                            .get("/v1/billing/payments?invoice_id=" + id)
                            .json()
                            .path("data"))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void stripeWebhooksNeedNoKeyButAValidSignatureAndApplyEachEventOnce(Store store) throws Exception {
        try (var fx = started(store)) {
            var stripe = fx.admin.as(null);
            byte[] event = "{\"id\": \"evt_1\", \"type\": \"customer.created\", \"data\": {\"object\": {}}}"
                    .getBytes(StandardCharsets.UTF_8);
            assertRefused(
                    stripe.sendBytes("POST", PaymentRoutes.WEBHOOK, event, "application/json", Map.of()),
                    400,
                    "Stripe-Signature");
            long now = fx.clock.instant().getEpochSecond();
            assertRefused(
                    stripe.sendBytes(
                            "POST",
                            PaymentRoutes.WEBHOOK,
                            event,
                            "application/json",
                            Map.of("Stripe-Signature", StripeSignature.header(event, SECRET, now - 301))),
                    400,
                    "Stripe-Signature");
            var signed = Map.of("Stripe-Signature", StripeSignature.header(event, SECRET, now));
            var first = stripe.sendBytes("POST", PaymentRoutes.WEBHOOK, event, "application/json", signed);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().path("result").asText()).isEqualTo("ignored");
            assertThat(stripe.sendBytes("POST", PaymentRoutes.WEBHOOK, event, "application/json", signed)
                            .json()
                            .path("result")
                            .asText())
                    .isEqualTo("duplicate");
        }
    }

    private static void assertRefused(io.enis.kit.testing.TestClient.Response r, int status, String field) {
        BillingFixture.assertRefused(r, status, field);
    }
}
