package io.enis.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.BillingPeriod;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceNumbering;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state change of a refund is recorded in {@code refund_events} (who, when, before, after), on
 * the embedded store and PostgreSQL. The provider is a {@link ScriptedPaymentProvider} (the charge
 * succeeds), wrapped so that its refunds can be made to fail as an unreachable Stripe would.
 */
class RefundAuditTest {
    static final Currency EUR = Currency.of("EUR");
    static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(DEC_1);

    static List<Store> stores() {
        return TestStores.available();
    }

    /** The scripted provider, whose refunds fail while {@code down} is true. */
    private static final class Flaky implements PaymentProvider {
        final ScriptedPaymentProvider scripted = new ScriptedPaymentProvider();
        volatile boolean down;

        @Override
        public String name() {
            return scripted.name();
        }

        @Override
        public String createCustomer(String customerId, String email, String name, String idempotencyKey) {
            return scripted.createCustomer(customerId, email, name, idempotencyKey);
        }

        @Override
        public Optional<String> findCustomer(String providerCustomerId) {
            return scripted.findCustomer(providerCustomerId);
        }

        @Override
        public AttachedMethod attachPaymentMethod(String providerCustomerId, String paymentMethodId) {
            return scripted.attachPaymentMethod(providerCustomerId, paymentMethodId);
        }

        @Override
        public ChargeOutcome charge(ChargeRequest request) {
            return scripted.charge(request);
        }

        @Override
        public String refund(String providerPaymentId, Money amount, String idempotencyKey) {
            if (down) {
                throw new UnavailableException("Stripe", "refund: connection refused", Duration.ofSeconds(30), null);
            }
            return scripted.refund(providerPaymentId, amount, idempotencyKey);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void everyRefundStateChangeIsRecordedWithWhoWhenBeforeAndAfter(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            Flaky provider = new Flaky();
            PaymentService payments = new PaymentService(
                    db.jdbi(),
                    invoices,
                    provider,
                    inv -> new PaymentService.Payer("cus_stripe_1", null),
                    DunningPolicy.DEFAULT,
                    SubscriptionEvents.NONE,
                    clock,
                    Duration.ofMinutes(2));
            var period = new BillingPeriod(Instant.parse("2026-11-01T00:00:00Z"), DEC_1);
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
            Payment paid = payments.collect(invoice.id(), "scheduler");
            assertThat(paid.status()).isEqualTo(Payment.Status.SUCCEEDED);

            clock.advance(Duration.ofMinutes(5));
            Refund ok = payments.refund(paid.id(), Money.of(300, EUR), "refund-ok", "key_ana");
            clock.advance(Duration.ofMinutes(5));
            provider.down = true;
            assertThatThrownBy(() -> payments.refund(paid.id(), Money.of(200, EUR), "refund-down", "key_bob"))
                    .isInstanceOf(UnavailableException.class);
            payments.refund(paid.id(), Money.of(300, EUR), "refund-ok", "key_ana");

            var events = db.jdbi().withHandle(h -> RefundEvents.ofPayment(h, paid.id()));
            assertThat(events)
                    .extracting(e -> e.actor() + " " + e.before() + "→" + e.after())
                    .as("the replayed refund adds nothing")
                    .containsExactly(
                            "key_ana null→pending",
                            "key_ana pending→succeeded",
                            "key_bob null→pending",
                            "key_bob pending→failed");
            assertThat(events.get(1).providerRefundId()).isEqualTo("re_refund-ok");
            assertThat(events.get(1).refundId()).isEqualTo(ok.id());
            assertThat(events.get(0).at()).isEqualTo(DEC_1.plus(Duration.ofMinutes(5)));
            assertThat(events.get(3).at()).isEqualTo(DEC_1.plus(Duration.ofMinutes(10)));
            assertThat(events.get(3).message()).contains("connection refused");
            assertThat(events.get(2).refundId())
                    .isEqualTo(events.get(3).refundId())
                    .isNotEqualTo(ok.id());
        }
    }
}
