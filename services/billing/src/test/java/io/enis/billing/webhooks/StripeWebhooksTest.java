package io.enis.billing.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.BillingPeriod;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceNumbering;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.payments.ChargeOutcome;
import io.enis.billing.payments.DunningPolicy;
import io.enis.billing.payments.Payment;
import io.enis.billing.payments.PaymentService;
import io.enis.billing.payments.ScriptedPaymentProvider;
import io.enis.billing.payments.SubscriptionEvents;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Webhook events with signatures computed here, on the embedded store and PostgreSQL. */
class StripeWebhooksTest {
    static final String SECRET = "whsec_test";
    static final Currency EUR = Currency.of("EUR");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

    static List<Store> stores() {
        return TestStores.available();
    }

    private byte[] event(String id, String type, String intentJson) {
        return ("{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"data\":{\"object\":"
                        + intentJson + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String sign(byte[] body) {
        return StripeSignature.header(body, SECRET, clock.instant().getEpochSecond());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPaymentSucceededEventPaysTheInvoiceOnceHoweverOftenItIsDelivered(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            ScriptedPaymentProvider provider =
                    new ScriptedPaymentProvider().then(ChargeOutcome.unknown("pi_1", "PaymentIntent is processing"));
            PaymentService payments = new PaymentService(
                    db.jdbi(),
                    invoices,
                    provider,
                    inv -> new PaymentService.Payer("cus_1", null),
                    DunningPolicy.DEFAULT,
                    SubscriptionEvents.NONE,
                    clock,
                    Duration.ofMinutes(2));
            var period = new BillingPeriod(Instant.parse("2026-11-01T00:00:00Z"), clock.instant());
            Invoice invoice = invoices.finalize(
                    invoices.createDraft(
                                    new BillingInput(
                                            "org_a",
                                            "cus_1",
                                            EUR,
                                            "sub_1/2026-11",
                                            period,
                                            List.of(),
                                            List.of(),
                                            List.of(new LineRequest.RecurringFee(
                                                    "Pro", FlatPrice.of(Money.of(1000, EUR)), Quantity.of(1), period))),
                                    "t")
                            .id(),
                    "t");
            assertThat(payments.collect(invoice.id(), "scheduler").status()).isEqualTo(Payment.Status.UNKNOWN);

            StripeWebhooks webhooks = new StripeWebhooks(
                    new StripeSignature(List.of(SECRET), StripeSignature.DEFAULT_TOLERANCE, clock),
                    db.jdbi(),
                    payments,
                    clock);
            byte[] succeeded = event(
                    "evt_1",
                    "payment_intent.succeeded",
                    "{\"id\":\"pi_1\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}");
            assertThat(webhooks.receive(succeeded, sign(succeeded))).isEqualTo(StripeWebhooks.Result.PROCESSED);
            assertThat(invoices.get(invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(invoices.audit(invoice.id())
                            .get(invoices.audit(invoice.id()).size() - 1)
                            .actor())
                    .isEqualTo("webhook:evt_1");

            clock.advance(Duration.ofSeconds(30));
            assertThat(webhooks.receive(succeeded, sign(succeeded)))
                    .as("redelivered")
                    .isEqualTo(StripeWebhooks.Result.DUPLICATE);
            assertThat(payments.events(invoice.id())).hasSize(2); // UNKNOWN, then the webhook's SUCCEEDED
            assertThat(payments.collect(invoice.id(), "key_1").status()).isEqualTo(Payment.Status.SUCCEEDED);
            assertThat(provider.charges()).isZero();

            byte[] other = event("evt_2", "customer.created", "{\"id\":\"cus_9\",\"object\":\"customer\"}");
            assertThat(webhooks.receive(other, sign(other))).isEqualTo(StripeWebhooks.Result.IGNORED);
            assertThat(webhooks.receive(other, sign(other))).isEqualTo(StripeWebhooks.Result.DUPLICATE);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void staleUnsignedAndMalformedEventsAreRefusedAndNotRecorded(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            PaymentService payments = new PaymentService(
                    db.jdbi(),
                    invoices,
                    new ScriptedPaymentProvider(),
                    inv -> new PaymentService.Payer("cus_1", null),
                    DunningPolicy.DEFAULT,
                    SubscriptionEvents.NONE,
                    clock,
                    Duration.ofMinutes(2));
            StripeWebhooks webhooks = new StripeWebhooks(
                    new StripeSignature(List.of(SECRET), StripeSignature.DEFAULT_TOLERANCE, clock),
                    db.jdbi(),
                    payments,
                    clock);
            byte[] body = event("evt_1", "payment_intent.succeeded", "{\"id\":\"pi_unknown\"}");
            String captured = sign(body);
            clock.advance(Duration.ofSeconds(301));
            assertThatThrownBy(() -> webhooks.receive(body, captured))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("stale or replayed");
            assertThatThrownBy(() -> webhooks.receive(body, null)).isInstanceOf(InvalidInputException.class);
            byte[] noId = "{\"type\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> webhooks.receive(noId, sign(noId)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("id");
            int rows = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from stripe_events")
                            .mapTo(Integer.class)
                            .one());
            assertThat(rows).isZero();
            // the same event freshly signed is accepted (an unknown PaymentIntent changes nothing)
            assertThat(webhooks.receive(body, sign(body))).isEqualTo(StripeWebhooks.Result.PROCESSED);
        }
    }
}
