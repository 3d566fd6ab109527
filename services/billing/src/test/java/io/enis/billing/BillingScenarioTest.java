package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.payments.ChargeOutcome;
import io.enis.billing.payments.ScriptedPaymentProvider;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One customer through a whole billing cycle over HTTP, on the embedded store and PostgreSQL, with a
 * simulated clock: a 14-day trial, usage (one event late but within the grace period), the invoice run
 * after the period's grace period, a declined payment, dunning, and recovery on the retry.
 *
 * <p>The payment provider is a {@link ScriptedPaymentProvider}: stripe-mock (against which the Stripe
 * adapter is tested in {@code StripePaymentProviderTest}) is stateless and always succeeds, so the
 * decline is scripted here. The jobs (invoice run, collection, dunning, outbox relay) tick when the test
 * says so, as the scheduler on the lease holder would; events reach a stand-in cloud-bus.
 */
class BillingScenarioTest {
    @TempDir
    Path dir;

    static List<Store> stores() {
        return BillingFixture.stores();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void trialUsageInvoiceFailedPaymentDunningRecovery(Store store) throws Exception {
        var provider = new ScriptedPaymentProvider()
                .then(ChargeOutcome.declined("pi_scenario", "insufficient_funds", "Your card has insufficient funds."));
        try (var bus = new HttpReceiver();
                var fx = new BillingFixture(
                        new BillingService(config -> provider),
                        store,
                        dir,
                        Map.of("CLOUD_BUS_URL", bus.url("/v1/events"), "CLOUD_BUS_API_KEY", "publish-key"))) {
            var ids = fx.catalogue();
            String plan = fx.create(
                    "/v1/billing/plans",
                    "{\"code\": \"metered\", \"name\": \"Metered\", \"product_id\": \"" + ids.get("prod")
                            + "\", \"currency\": \"EUR\", \"interval\": \"month\", \"trial_days\": 14, \"fee\": {\"model\": \"flat\", \"amount\": 3000},"
                            + " \"charges\": [{\"metric_code\": \"calls\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"50\"}}]}");
            String customer = ids.get("customer");
            String sub = fx.create(
                    "/v1/billing/subscriptions",
                    "{\"customer_id\": \"" + customer + "\", \"plan_id\": \"" + plan + "\"}");
            assertThat(status(fx, sub)).isEqualTo("trialing");

            // the trial ends on 14 February 10:00; the first period runs to 14 March 10:00
            fx.clock.set(Instant.parse("2026-02-20T09:00:00Z"));
            assertThat(status(fx, sub)).isEqualTo("active");
            for (int i = 1; i <= 3; i++) {
                fx.post(
                        "/v1/billing/usage-tracking",
                        usage(sub, "call-" + i, "2026-02-1" + (5 + i) + "T12:00:00Z"),
                        201);
            }

            // the period has ended, but its grace period (72 h) has not: nothing is billed yet; a late event still
            // counts
            fx.clock.set(Instant.parse("2026-03-15T10:00:00Z"));
            assertThat(fx.definition.jobs().runOnce().invoicesFinalized()).isZero();
            fx.post("/v1/billing/usage-tracking", usage(sub, "call-late", "2026-03-13T23:00:00Z"), 201);

            // after the grace period: the invoice run bills the period, the first charge is declined
            fx.clock.set(Instant.parse("2026-03-17T11:00:00Z"));
            var tick = fx.definition.jobs().runOnce();
            assertThat(tick.invoicesFinalized()).isEqualTo(1);
            assertThat(tick.invoicesCollected()).isEqualTo(1);
            JsonNode invoice = onlyInvoice(fx, customer);
            assertThat(invoice.path("status").asText()).isEqualTo("open");
            assertThat(invoice.path("number").asText()).isEqualTo("ENIS-2026-000001");
            assertThat(invoice.path("period_start").asText()).isEqualTo("2026-02-14T10:00:00Z");
            assertThat(invoice.path("total_minor").asLong()).isEqualTo(3000 + 4 * 50);
            JsonNode usageLine = line(invoice, "usage");
            assertThat(usageLine.path("quantity").asText()).isEqualTo("4");
            assertThat(usageLine.path("usage").path("event_count").asInt()).isEqualTo(4);
            assertThat(usageLine.path("usage").path("events_sha256").asText())
                    .isEqualTo(fx.admin
                            .get("/v1/billing/subscriptions/" + sub + "/usage?period_start=2026-02-14T10:00:00Z")
                            .json()
                            .path("data")
                            .get(0)
                            .path("events_sha256")
                            .asText());
            assertThat(line(invoice, "recurring").path("amount_minor").asLong()).isEqualTo(3000);
            assertThat(status(fx, sub)).isEqualTo("past_due");
            String invoiceId = invoice.path("id").asText();
            assertThat(payments(fx, invoiceId)).containsExactly("declined");

            // nothing is retried before the first offset (1 day after the failure)
            fx.clock.advance(Duration.ofHours(23));
            assertThat(fx.definition.jobs().runOnce().dunningAttempts()).isZero();

            // the retry a day later succeeds: the invoice is paid and the subscription active again
            fx.clock.advance(Duration.ofHours(1).plusMinutes(1));
            assertThat(fx.definition.jobs().runOnce().dunningAttempts()).isEqualTo(1);
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + invoiceId)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("paid");
            assertThat(payments(fx, invoiceId)).containsExactly("declined", "succeeded");
            assertThat(status(fx, sub)).isEqualTo("active");
            assertThat(provider.charges()).isEqualTo(2);

            // what the cloud-bus heard, in order
            List<String> types = bus.await(1, Duration.ofSeconds(10)).isEmpty() ? List.of() : eventTypes(bus);
            assertThat(types)
                    .containsSubsequence(
                            "subscription.created",
                            "invoice.finalized",
                            "payment.failed",
                            "subscription.updated",
                            "payment.succeeded",
                            "invoice.paid",
                            "subscription.updated");
            assertThat(bus.accepted().get(0).header("Authorization")).isEqualTo("Bearer publish-key");
        }
    }

    private static String usage(String sub, String id, String at) {
        return "{\"transaction_id\": \"" + id + "\", \"subscription_id\": \"" + sub
                + "\", \"metric_code\": \"calls\", \"timestamp\": \"" + at + "\"}";
    }

    private static String status(BillingFixture fx, String sub) {
        return fx.admin
                .get("/v1/billing/subscriptions/" + sub)
                .json()
                .path("status")
                .asText();
    }

    private static JsonNode onlyInvoice(BillingFixture fx, String customer) {
        JsonNode page =
                fx.admin.get("/v1/billing/invoices?customer_id=" + customer).json();
        assertThat(page.path("data")).hasSize(1);
        return page.path("data").get(0);
    }

    private static JsonNode line(JsonNode invoice, String kind) {
        return StreamSupport.stream(invoice.path("lines").spliterator(), false)
                .filter(l -> l.path("kind").asText().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " line in " + invoice));
    }

    private static List<String> payments(BillingFixture fx, String invoiceId) {
        List<String> out = new ArrayList<>();
        fx.admin
                .get("/v1/billing/payments?invoice_id=" + invoiceId)
                .json()
                .path("data")
                .forEach(p -> out.add(p.path("status").asText()));
        return out;
    }

    private static List<String> eventTypes(HttpReceiver bus) {
        return bus.accepted().stream()
                .map(r -> Json.parse(r.bytes()).path("type").asText().replace("cloud.enis.billing.", ""))
                .toList();
    }
}
