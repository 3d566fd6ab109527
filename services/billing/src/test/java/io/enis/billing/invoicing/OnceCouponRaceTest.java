package io.enis.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.invoices.AppliedCoupon;
import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code once} coupon discounts one invoice of its subscription even when the immediate
 * {@code always_invoice} invoice and the period's invoice were rated at the same instant (both
 * inputs carry it active): their writers race on two threads (the on-demand path
 * {@link InvoiceStore#createDraft} and the invoice run's {@link InvoiceStore#draftAndFinalize}), and
 * the immediate draft is then finalized re-rated with its stale input, as the invoice run does.
 * Exactly one invoice is discounted and recorded in {@code invoice_coupons}; the other names it in
 * {@code consumed_by}.
 */
class OnceCouponRaceTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theImmediateAndThePeriodInvoiceRatedAtOnceTakeAOnceCouponOnce(Store store) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Database db = TestDatabase.open(store, dir)) {
            var jdbi = db.jdbi();
            ImmediateProrationScenario x = scenario(jdbi);
            InvoiceStore invoices = x.invoices();
            BillingInput immediate = x.immediate();
            BillingInput period = x.period();
            String coupon = x.coupon();
            String sub = x.sub();

            CyclicBarrier start = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(
                    ImmediateProrationScenario.raced(start, () -> invoices.createDraft(immediate, "t")), threads);
            var second = CompletableFuture.supplyAsync(
                    ImmediateProrationScenario.raced(
                            start,
                            () -> invoices.draftAndFinalize(List.of(period), "invoice-run")
                                    .get(0)
                                    .invoice()),
                    threads);
            Invoice immediateDraft = first.get(60, TimeUnit.SECONDS);
            Invoice periodInvoice = second.get(60, TimeUnit.SECONDS);
            if (!immediateDraft.lines().isEmpty()) {
                // as SubscriptionChanges does: an immediate draft left without lines (the period's invoice,
                // written first, holds its prorations) is not finalized
                invoices.finalizeRerated(immediateDraft.id(), "invoice-run", d -> Optional.of(immediate));
            }

            List<Invoice> both = List.of(invoices.get(immediateDraft.id()), invoices.get(periodInvoice.id()));
            assertThat(both)
                    .as("exactly one invoice is discounted by the once coupon")
                    .filteredOn(i -> i.totals().discount().minor() > 0)
                    .hasSize(1);
            Invoice took = both.stream()
                    .filter(i -> i.totals().discount().minor() > 0)
                    .findFirst()
                    .orElseThrow();
            Invoice other = both.stream().filter(i -> i != took).findFirst().orElseThrow();
            assertThat(other.source().coupons())
                    .singleElement()
                    .satisfies(c -> assertThat(c.consumedBy()).isEqualTo(took.id()));
            List<String> recorded = jdbi.withHandle(
                    h -> h.createQuery("select invoice_id from invoice_coupons where coupon_id = :coupon")
                            .bind("coupon", coupon)
                            .mapTo(String.class)
                            .list());
            assertThat(recorded).containsExactly(took.id());
            assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                            "insert into invoice_coupons (invoice_id, billing_key, coupon_id, once_subscription_id) values (?, ?, ?, ?)",
                            other.id(),
                            other.billingKey(),
                            coupon,
                            sub)))
                    .as("the database refuses a second invoice taking the once coupon (invoice_coupons_once)")
                    .hasMessageContaining("invoice_coupons_once");
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * V45 on a database the race already doubled: both invoices recorded the coupon before the column
     * and its constraint existed (the migration undone, a second row written, then the database opened
     * again); the first invoice by id keeps the coupon, as {@code consumed_by} names it, and the
     * constraint holds from then on.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void theMigrationKeepsTheFirstTakerOfADoubledOnceCoupon(Store store) {
        var settings = TestStores.databaseSettings(store);
        String first;
        String second;
        String coupon;
        try (Database db = Database.open("billing", settings, dir, new SimpleMeterRegistry())) {
            var jdbi = db.jdbi();
            ImmediateProrationScenario x = scenario(jdbi);
            coupon = x.coupon();
            Invoice a = x.invoices().createDraft(x.immediate(), "t");
            Invoice b = x.invoices()
                    .draftAndFinalize(List.of(x.period()), "invoice-run")
                    .get(0)
                    .invoice();
            first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
            second = first.equals(a.id()) ? b.id() : a.id();
            jdbi.useHandle(h -> {
                h.execute("alter table invoice_coupons drop constraint invoice_coupons_once");
                h.execute("alter table invoice_coupons drop column once_subscription_id");
                // V46 came after: undone too, and applied again (its backfill) after V45
                h.execute("drop table invoice_prorations");
                h.execute("delete from billing_schema_history where version in ('45', '46')");
                h.execute("delete from invoice_coupons where coupon_id = ?", coupon);
                h.execute(
                        "insert into invoice_coupons (invoice_id, billing_key, coupon_id) values (?, ?, ?), (?, ?, ?)",
                        a.id(),
                        a.billingKey(),
                        coupon,
                        b.id(),
                        b.billingKey(),
                        coupon);
            });
        }
        try (Database db = Database.open("billing", settings, dir, new SimpleMeterRegistry())) {
            List<String> takers = db.jdbi()
                    .withHandle(h -> h.createQuery(
                                    "select invoice_id from invoice_coupons where coupon_id = :c and once_subscription_id is not null")
                            .bind("c", coupon)
                            .mapTo(String.class)
                            .list());
            assertThat(takers).containsExactly(first);
            int doubled = db.jdbi()
                    .withHandle(h -> h.createQuery(
                                    "select count(*) from invoice_coupons where coupon_id = :c and invoice_id = :i")
                            .bind("c", coupon)
                            .bind("i", second)
                            .mapTo(Integer.class)
                            .one());
            assertThat(doubled)
                    .as("the doubled row stays (append-only), no longer the taker")
                    .isEqualTo(1);
        }
    }

    /**
     * The scenario with a 20 % {@code once} coupon: both inputs take it.
     *
     * @see ImmediateProrationScenario
     */
    private ImmediateProrationScenario scenario(Jdbi jdbi) {
        var x = ImmediateProrationScenario.create(jdbi, clock, "20", "[]");
        assertThat(x.immediate().coupons()).singleElement().matches(AppliedCoupon::active);
        assertThat(x.period().coupons()).singleElement().matches(AppliedCoupon::active);
        return x;
    }
}
