package io.enis.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.BillingPeriod;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceNumbering;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.invoices.TaxRate;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payments and dunning through the {@link PaymentProvider} interface with a
 * {@link ScriptedPaymentProvider}: stripe-mock is stateless and always succeeds, so declines (soft
 * and hard), timeouts and unknown outcomes are scripted here; the Stripe adapter itself is tested
 * against stripe-mock in {@code StripePaymentProviderTest}. On the embedded store and PostgreSQL.
 */
class PaymentServiceTest {
    static final Currency EUR = Currency.of("EUR");
    static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(DEC_1);
    final ScriptedPaymentProvider provider = new ScriptedPaymentProvider();
    final List<String> subscriptionEvents = new CopyOnWriteArrayList<>();

    static List<Store> stores() {
        return TestStores.available();
    }

    private final SubscriptionEvents recorder = new SubscriptionEvents() {
        @Override
        public void pastDue(Invoice invoice) {
            subscriptionEvents.add("past_due " + invoice.billingKey());
        }

        @Override
        public void recovered(Invoice invoice) {
            subscriptionEvents.add("recovered " + invoice.billingKey());
        }

        @Override
        public void cancel(Invoice invoice) {
            subscriptionEvents.add("cancel " + invoice.billingKey());
        }
    };

    private record Fixture(InvoiceStore invoices, PaymentService payments) {
        Invoice openInvoice(long minor) {
            var period = new BillingPeriod(Instant.parse("2026-11-01T00:00:00Z"), DEC_1);
            var input = new BillingInput(
                    "org_a",
                    "cus_1",
                    EUR,
                    "sub_1/2026-11",
                    period,
                    List.of(new TaxRate("vat", "VAT 21%", new BigDecimal("21"))),
                    List.of(),
                    List.of(new LineRequest.RecurringFee(
                            "Pro", FlatPrice.of(Money.of(minor, EUR)), Quantity.of(1), period)));
            return invoices.finalize(invoices.createDraft(input, "t").id(), "t");
        }
    }

    private Fixture fixture(Database db, DunningPolicy policy) {
        InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
        return new Fixture(
                invoices,
                new PaymentService(
                        db.jdbi(),
                        invoices,
                        provider,
                        inv -> new PaymentService.Payer("cus_stripe_1", null),
                        policy,
                        recorder,
                        clock,
                        Duration.ofMinutes(2)));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void twentyConcurrentIdenticalRequestsMakeOneCharge(Store store) throws Exception {
        try (Database db = TestDatabase.open(store, dir)) {
            Fixture f = fixture(db, DunningPolicy.DEFAULT);
            Invoice invoice = f.openInvoice(1000);
            provider.slow(200);
            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Payment>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return f.payments().collect(invoice.id(), "key_1");
                }));
            }
            start.countDown();
            for (Future<Payment> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS).attempt()).isEqualTo(1);
            }
            pool.shutdown();
            assertThat(provider.charges()).isEqualTo(1);
            assertThat(provider.requests).hasSize(1);
            assertThat(f.payments().payments(invoice.id()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo(Payment.Status.SUCCEEDED));
            assertThat(f.invoices().get(invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
            // and later requests answer the same payment
            assertThat(f.payments().collect(invoice.id(), "key_1").id())
                    .isEqualTo(f.payments().payments(invoice.id()).get(0).id());
            assertThat(provider.charges()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void softDeclinesAreRetriedAtTheOffsetsThenTheSubscriptionIsCanceled(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            Fixture f = fixture(db, DunningPolicy.DEFAULT);
            Invoice invoice = f.openInvoice(1000);
            for (int i = 0; i < 5; i++) {
                provider.then(
                        ChargeOutcome.declined("pi_1", "insufficient_funds", "Your card has insufficient funds."));
            }
            assertThat(f.payments().collect(invoice.id(), "scheduler").status()).isEqualTo(Payment.Status.DECLINED);
            assertThat(subscriptionEvents).containsExactly("past_due sub_1/2026-11");
            List<Instant> scheduled = new ArrayList<>();
            for (int retry = 0; retry < 4; retry++) {
                Instant next = f.payments().nextDunningAttempt(invoice.id()).orElseThrow();
                scheduled.add(next);
                clock.set(next.minusSeconds(1));
                assertThat(f.payments().runDunning()).as("not yet due").isZero();
                clock.set(next);
                assertThat(f.payments().runDunning()).isEqualTo(1);
            }
            assertThat(scheduled)
                    .containsExactly(
                            DEC_1.plus(Duration.ofDays(1)),
                            DEC_1.plus(Duration.ofDays(3)),
                            DEC_1.plus(Duration.ofDays(5)),
                            DEC_1.plus(Duration.ofDays(7)));
            assertThat(f.payments().nextDunningAttempt(invoice.id())).isEmpty();
            assertThat(subscriptionEvents).containsExactly("past_due sub_1/2026-11", "cancel sub_1/2026-11");
            assertThat(f.invoices().get(invoice.id()).status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
            assertThat(f.payments().payments(invoice.id()))
                    .extracting(Payment::attempt)
                    .containsExactly(1, 2, 3, 4, 5);
            assertThat(f.payments().events(invoice.id())).hasSize(5).allSatisfy(e -> {
                assertThat(e.outcome()).isEqualTo("SOFT_DECLINE");
                assertThat(e.declineCode()).isEqualTo("insufficient_funds");
            });
            // each retry is a new confirmation of the same PaymentIntent under its own key
            assertThat(provider.requests).extracting(ChargeRequest::attemptKey).doesNotHaveDuplicates();
            assertThat(provider.requests.subList(1, 5))
                    .extracting(ChargeRequest::providerPaymentId)
                    .containsOnly("pi_1");
        }
    }

    /**
     * The process dies between claiming the first attempt and recording its answer (an {@link Error}
     * escapes here): the attempt stays processing, and once it is older than stuckAfter the scheduled
     * collection resends it under its own key — not only a client's new request — and it is charged once.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void aFirstAttemptLeftProcessingIsResentByTheScheduledCollectionOnceStuck(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            Fixture f = fixture(db, DunningPolicy.DEFAULT);
            Invoice invoice = f.openInvoice(1000);
            provider.chargeDies();
            assertThatThrownBy(() -> f.payments().collectOpen(10)).isInstanceOf(Error.class);
            assertThat(f.payments().payments(invoice.id()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo(Payment.Status.PROCESSING));

            clock.advance(Duration.ofMinutes(1));
            assertThat(f.payments().collectOpen(10))
                    .as("not stuck yet: it may still be under way")
                    .isZero();

            clock.advance(Duration.ofMinutes(2));
            assertThat(f.payments().collectOpen(10)).isEqualTo(1);
            assertThat(f.payments().payments(invoice.id())).singleElement().satisfies(p -> {
                assertThat(p.attempt()).isEqualTo(1);
                assertThat(p.status()).isEqualTo(Payment.Status.SUCCEEDED);
            });
            assertThat(provider.requests).hasSize(2);
            assertThat(provider.requests.get(1).attemptKey())
                    .isEqualTo(provider.requests.get(0).attemptKey());
            assertThat(provider.charges()).isEqualTo(1);
            assertThat(f.invoices().get(invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(f.payments().collectOpen(10)).as("paid: nothing more").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aHardDeclineIsNotRetried(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            Fixture f = fixture(
                    db,
                    new DunningPolicy(
                            DunningPolicy.DEFAULT.retryOffsets(),
                            java.util.Set.of(DunningPolicy.FinalAction.CANCEL_SUBSCRIPTION),
                            Duration.ofHours(1)));
            Invoice invoice = f.openInvoice(1000);
            provider.then(ChargeOutcome.declined("pi_1", "stolen_card", "Your card was declined."));
            f.payments().collect(invoice.id(), "scheduler");
            assertThat(f.payments().nextDunningAttempt(invoice.id())).isEmpty();
            clock.advance(Duration.ofDays(30));
            assertThat(f.payments().runDunning()).isZero();
            assertThat(provider.requests).hasSize(1);
            assertThat(subscriptionEvents).containsExactly("cancel sub_1/2026-11");
            assertThat(f.invoices().get(invoice.id()).status())
                    .as("policy without MARK_UNCOLLECTIBLE")
                    .isEqualTo(InvoiceStatus.OPEN);
            assertThat(f.payments().events(invoice.id()))
                    .extracting(PaymentEvent::outcome)
                    .containsExactly("HARD_DECLINE");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aTimeoutIsResentWithTheSameKeyAndThenAFailedRetryRecovers(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            Fixture f = fixture(db, DunningPolicy.DEFAULT);
            Invoice invoice = f.openInvoice(1000);
            provider.then(ChargeOutcome.unknown(null, "read timed out"))
                    .then(ChargeOutcome.declined("pi_1", "card_declined", "declined"))
                    .then(ChargeOutcome.succeeded("pi_1"));
            assertThat(f.payments().collect(invoice.id(), "scheduler").status()).isEqualTo(Payment.Status.UNKNOWN);
            assertThat(subscriptionEvents)
                    .as("an unknown outcome is no failure")
                    .isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(f.payments().runDunning()).isEqualTo(1); // same attempt resent, declined
            assertThat(provider.requests)
                    .extracting(ChargeRequest::attemptKey)
                    .containsExactly(
                            invoice.paymentIdempotencyKey() + "-attempt-1",
                            invoice.paymentIdempotencyKey() + "-attempt-1");
            assertThat(subscriptionEvents).containsExactly("past_due sub_1/2026-11");
            clock.advance(Duration.ofDays(1));
            assertThat(f.payments().runDunning()).isEqualTo(1);
            assertThat(f.invoices().get(invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(subscriptionEvents).containsExactly("past_due sub_1/2026-11", "recovered sub_1/2026-11");
            assertThat(f.payments().events(invoice.id()))
                    .extracting(PaymentEvent::outcome)
                    .containsExactly("UNKNOWN", "SOFT_DECLINE", "SUCCEEDED");
            assertThat(f.payments().nextDunningAttempt(invoice.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void manualPaymentsAndRefundsStayWithinWhatWasCollected(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            PaymentService offline = new PaymentService(
                    db.jdbi(),
                    invoices,
                    new OfflinePaymentProvider(),
                    inv -> new PaymentService.Payer("offline_cus_1", null),
                    DunningPolicy.DEFAULT,
                    recorder,
                    clock,
                    Duration.ofMinutes(2));
            Invoice invoice = new Fixture(invoices, offline).openInvoice(1000);
            assertThat(offline.collect(invoice.id(), "scheduler").status()).isEqualTo(Payment.Status.MANUAL);
            assertThat(offline.collect(invoice.id(), "scheduler").attempt())
                    .as("no second row")
                    .isEqualTo(1);
            assertThat(invoices.get(invoice.id()).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThatThrownBy(() -> offline.recordManualPayment(invoice.id(), " ", "key_1"))
                    .isInstanceOf(InvalidInputException.class);
            Payment paid = offline.recordManualPayment(invoice.id(), "SEPA ref 123", "key_1");
            assertThat(invoices.get(invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
            assertThatThrownBy(() -> offline.recordManualPayment(invoice.id(), "again", "key_1"))
                    .isInstanceOf(ConflictException.class);

            Refund first = offline.refund(paid.id(), Money.of(1000, EUR), "refund-1", "key_1");
            assertThat(offline.refund(paid.id(), Money.of(1000, EUR), "refund-1", "key_1")
                            .id())
                    .as("idempotent")
                    .isEqualTo(first.id());
            assertThatThrownBy(() -> offline.refund(paid.id(), Money.of(211, EUR), "refund-2", "key_1"))
                    .isInstanceOf(io.enis.kit.domain.UnprocessableException.class)
                    .hasMessageContaining("exceeds the 2.10 EUR that remain");
            offline.refund(paid.id(), Money.of(210, EUR), "refund-3", "key_1");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void draftsAndVoidInvoicesAreNotCollected(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            Fixture f = fixture(db, DunningPolicy.DEFAULT);
            Invoice invoice = f.openInvoice(1000);
            f.invoices().voidInvoice(invoice.id(), "t");
            assertThatThrownBy(() -> f.payments().collect(invoice.id(), "t"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("only open or uncollectible");
            assertThat(provider.requests).isEmpty();
        }
    }
}
