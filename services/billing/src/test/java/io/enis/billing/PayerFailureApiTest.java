package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.payments.ScriptedPaymentProvider;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.testing.TestStores.Store;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A payer that cannot be had (the provider's customer is created on the first charge, and that call
 * fails), or a charge the provider answers with an error of ours (our key refused), is an outcome of
 * the attempt like a charge's, over real HTTP on both stores with the
 * {@link ScriptedPaymentProvider}: a refusal is a hard decline {@code refused} answered 422, a timeout
 * an unknown attempt answered 503 with {@code Retry-After} that dunning resends; no attempt stays
 * processing, and the later retry charges once.
 */
class PayerFailureApiTest {
    @TempDir
    Path dir;

    static List<Store> stores() {
        return BillingFixture.stores();
    }

    /** A started service whose catalogue's customer has an open invoice of 10.00 EUR; returns its id. */
    private static String openInvoice(BillingFixture fx) {
        var ids = fx.catalogue();
        String sub = fx.subscribe(ids, "basic");
        fx.clock.set(Instant.parse("2026-02-28T10:30:00Z"));
        String id = fx.create("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}");
        fx.post("/v1/billing/invoices/" + id + "/finalize", "", 200);
        return id;
    }

    private static JsonNode attempts(BillingFixture fx, String invoice) {
        return fx.admin.get("/v1/billing/payments?invoice_id=" + invoice).json().path("data");
    }

    /** The charge requests the provider received for {@code invoice}. */
    private static long chargesOf(ScriptedPaymentProvider provider, String invoice) {
        return provider.requests().stream()
                .filter(r -> r.invoiceId().equals(invoice))
                .count();
    }

    private static String invoiceStatus(BillingFixture fx, String invoice) {
        return fx.admin
                .get("/v1/billing/invoices/" + invoice)
                .json()
                .path("status")
                .asText();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aTimeoutCreatingTheCustomerIsAnUnknownAttemptThatDunningResendsAndChargesOnce(Store store) throws Exception {
        var provider = new ScriptedPaymentProvider()
                .customerFails(new UnavailableException(
                        "Stripe",
                        "create customer: Read timed out",
                        Duration.ofSeconds(30),
                        new SocketTimeoutException("Read timed out")));
        try (var fx = new BillingFixture(
                new BillingService(config -> provider), store, dir, Map.of("USAGE_GRACE_PERIOD", "1h"))) {
            String invoice = openInvoice(fx);

            var answer = fx.admin.post("/v1/billing/payments", "{\"invoice_id\": \"" + invoice + "\"}");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isEqualTo("30");
            assertThat(answer.json().path("detail").asText())
                    .contains("Read timed out")
                    .contains("recorded as unknown");
            JsonNode attempt = attempts(fx, invoice).get(0);
            assertThat(attempts(fx, invoice)).hasSize(1);
            assertThat(attempt.path("status").asText()).isEqualTo("unknown");
            assertThat(attempt.path("message").asText()).contains("no payer for the charge", "Read timed out");
            assertThat(provider.charges()).as("nothing charged without a payer").isZero();
            assertThat(invoiceStatus(fx, invoice)).isEqualTo("open");

            fx.clock.set(Instant.parse("2026-02-28T11:31:00Z"));
            var tick = fx.definition.jobs().runOnce();
            assertThat(tick.dunningAttempts())
                    .as("the unknown attempt is due after an hour")
                    .isEqualTo(1);
            assertThat(provider.customerCreations()).isEqualTo(2);
            assertThat(provider.charges()).isEqualTo(1);
            assertThat(attempts(fx, invoice)).as("the same attempt, resent").hasSize(1);
            assertThat(attempts(fx, invoice).get(0).path("status").asText()).isEqualTo("succeeded");
            assertThat(invoiceStatus(fx, invoice)).isEqualTo("paid");

            fx.clock.set(Instant.parse("2026-02-28T13:00:00Z"));
            fx.definition.jobs().runOnce();
            fx.post("/v1/billing/payments", "{\"invoice_id\": \"" + invoice + "\"}", 200);
            assertThat(provider.charges())
                    .as("a paid invoice is not charged again")
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aRefusedCustomerIsARefusedAttemptAnswered422AndALaterCollectChargesOnce(Store store) throws Exception {
        var provider = new ScriptedPaymentProvider()
                .customerFails(new UnprocessableException(
                        "stripe-refused",
                        "Refused by Stripe",
                        "Stripe refused to create customer: Invalid email address",
                        List.of(new Violation("email", "Invalid email address"))));
        try (var fx = new BillingFixture(
                new BillingService(config -> provider), store, dir, Map.of("USAGE_GRACE_PERIOD", "1h"))) {
            String invoice = openInvoice(fx);

            var answer = fx.admin.post("/v1/billing/payments", "{\"invoice_id\": \"" + invoice + "\"}");
            BillingFixture.assertRefused(answer, 422, "email");
            assertThat(answer.json().path("type").asText()).endsWith("stripe-refused");
            JsonNode attempt = attempts(fx, invoice).get(0);
            assertThat(attempt.path("status").asText()).isEqualTo("declined");
            assertThat(attempt.path("decline_code").asText()).isEqualTo("refused");
            assertThat(attempt.path("message").asText()).contains("no payer for the charge", "Invalid email address");
            assertThat(provider.charges()).isZero();
            assertThat(invoiceStatus(fx, invoice))
                    .as("a refusal exhausts dunning at once, as a refused charge does")
                    .isEqualTo("uncollectible");

            fx.clock.set(Instant.parse("2026-03-10T10:30:00Z"));
            assertThat(fx.definition.jobs().runOnce().dunningAttempts())
                    .as("a refusal is not retried")
                    .isZero();
            assertThat(attempts(fx, invoice)).hasSize(1);

            JsonNode second = fx.post("/v1/billing/payments", "{\"invoice_id\": \"" + invoice + "\"}", 200)
                    .json();
            assertThat(second.path("attempt").asInt()).isEqualTo(2);
            assertThat(second.path("status").asText()).isEqualTo("succeeded");
            assertThat(chargesOf(provider, invoice)).isEqualTo(1);
            assertThat(invoiceStatus(fx, invoice)).isEqualTo("paid");
        }
    }

    /**
     * Stripe refusing our own key (authentication or permission: {@link
     * io.enis.billing.payments.StripePaymentProvider} throws {@link UnavailableException} for them before a
     * PaymentIntent exists, and answers unknown with the intent after — {@code StripeOwnErrorsTest}) is not
     * the customer's decline: the attempt is unknown, the subscription stays active, and once the key is
     * fixed dunning resends the same attempt and charges once.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void ourOwnKeyRefusedIsAnUnknownAttemptNotADeclineOfTheCustomer(Store store) throws Exception {
        anUnknownAttemptNotADecline(
                store,
                new UnavailableException(
                        "Stripe",
                        "charge invoice: Invalid API Key provided: sk_live_****",
                        Duration.ofSeconds(30),
                        new IllegalStateException("AuthenticationException")),
                "Invalid API Key");
    }

    /**
     * Stripe not knowing the customer or the payment method (its 404: a key of another account or of test
     * mode against live data) is the operator's to fix, not the customer's decline, and answers 503, not a
     * 404 for an invoice that exists.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void anObjectStripeDoesNotKnowIsAnUnknownAttemptNotADeclineOfTheCustomer(Store store) throws Exception {
        anUnknownAttemptNotADecline(
                store,
                new NotFoundException("Stripe: charge invoice: No such customer: 'cus_123'"),
                "No such customer");
    }

    private void anUnknownAttemptNotADecline(Store store, RuntimeException failure, String detail) throws Exception {
        var provider = new ScriptedPaymentProvider().chargeFails(failure);
        try (var fx = new BillingFixture(
                new BillingService(config -> provider), store, dir, Map.of("USAGE_GRACE_PERIOD", "1h"))) {
            String invoice = openInvoice(fx);
            String customer = fx.admin
                    .get("/v1/billing/invoices/" + invoice)
                    .json()
                    .path("customer_id")
                    .asText();

            var answer = fx.admin.post("/v1/billing/payments", "{\"invoice_id\": \"" + invoice + "\"}");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("30");
            assertThat(answer.json().path("detail").asText()).contains(detail, "recorded as unknown");
            JsonNode attempt = attempts(fx, invoice).get(0);
            assertThat(attempt.path("status").asText()).isEqualTo("unknown");
            assertThat(attempt.path("message").asText()).contains("the charge of invoice", detail);
            assertThat(invoiceStatus(fx, invoice)).isEqualTo("open");
            assertThat(fx.admin
                            .get("/v1/billing/subscriptions?customer_id=" + customer)
                            .json()
                            .path("data")
                            .findValuesAsText("status"))
                    .as("our problem does not past-due or cancel the customer")
                    .containsExactly("active");

            fx.clock.set(Instant.parse("2026-02-28T11:31:00Z"));
            assertThat(fx.definition.jobs().runOnce().dunningAttempts()).isEqualTo(1);
            assertThat(attempts(fx, invoice)).as("the same attempt, resent").hasSize(1);
            assertThat(attempts(fx, invoice).get(0).path("status").asText()).isEqualTo("succeeded");
            assertThat(provider.charges()).isEqualTo(1);
            assertThat(chargesOf(provider, invoice))
                    .as("received twice: refused, then charged")
                    .isEqualTo(2);
            assertThat(provider.requests().get(0).attemptKey())
                    .as("one idempotency key")
                    .isEqualTo(provider.requests().get(1).attemptKey());
            assertThat(invoiceStatus(fx, invoice)).isEqualTo("paid");
        }
    }
}
