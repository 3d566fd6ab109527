package io.enis.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceLine;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.invoices.LineKind;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.domain.UnprocessableException;
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
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A proration is billed by exactly one invoice even when the immediate {@code always_invoice} invoice
 * and the period's invoice were rated at the same instant (both inputs hold the proration lines):
 * their writers race on two threads — the on-demand {@link InvoiceStore#createDraft} of the immediate
 * invoice, and the period's invoice either drafted and finalized at once by the invoice run
 * ({@link InvoiceStore#draftAndFinalize}) or drafted on demand — and every draft is then finalized
 * re-rated with its stale input ({@link InvoiceStore#finalizeRerated}), as the invoice run does.
 * Exactly one invoice has the proration lines and is recorded in {@code invoice_prorations}; the other
 * is written without them, its lines summing to its subtotal and its tax and coupon rated on what is
 * left.
 */
class ProrationRaceTest {
    private static final String TAXED = "[{\"name\": \"IVA\", \"percentage\": \"21\"}]";

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    static List<Arguments> storesAndPeriodWriters() {
        return TestStores.available().stream()
                .flatMap(s -> List.of(Arguments.of(s, true), Arguments.of(s, false)).stream())
                .toList();
    }

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest(name = "{0}, period invoice by the invoice run: {1}")
    @MethodSource("storesAndPeriodWriters")
    void theImmediateAndThePeriodInvoiceRatedAtOnceBillAProrationOnce(Store store, boolean invoiceRun)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Database db = TestDatabase.open(store, dir)) {
            Jdbi jdbi = db.jdbi();
            var x = ImmediateProrationScenario.create(jdbi, clock, "10", TAXED);
            InvoiceStore invoices = x.invoices();
            List<String> prorations = prorationIds(x.immediate());
            assertThat(prorations).as("a credit and a charge").hasSize(2);
            assertThat(prorationIds(x.period()))
                    .as("the period's input holds them too")
                    .isEqualTo(prorations);

            CyclicBarrier start = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(
                    ImmediateProrationScenario.raced(start, () -> invoices.createDraft(x.immediate(), "t")), threads);
            var second = CompletableFuture.supplyAsync(
                    ImmediateProrationScenario.raced(
                            start,
                            () -> invoiceRun
                                    ? invoices.draftAndFinalize(List.of(x.period()), "invoice-run")
                                            .get(0)
                                            .invoice()
                                    : invoices.createDraft(x.period(), "t")),
                    threads);
            Invoice immediate = first.get(60, TimeUnit.SECONDS);
            Invoice period = second.get(60, TimeUnit.SECONDS);
            finalizeStale(invoices, immediate, x.immediate());
            finalizeStale(invoices, period, x.period());

            List<Invoice> both = List.of(invoices.get(immediate.id()), invoices.get(period.id()));
            assertThat(both)
                    .as("exactly one invoice bills the prorations")
                    .filteredOn(i -> !prorationLines(i).isEmpty())
                    .hasSize(1);
            Invoice held = both.stream()
                    .filter(i -> !prorationLines(i).isEmpty())
                    .findFirst()
                    .orElseThrow();
            assertThat(prorationLines(held)).hasSize(2);
            assertThat(heldBy(jdbi, prorations)).containsOnly(held.id()).hasSize(2);
            both.forEach(ProrationRaceTest::assertConsistent);
            Invoice other = both.stream().filter(i -> i != held).findFirst().orElseThrow();
            if (other.id().equals(period.id())) {
                assertThat(other.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.RECURRING);
                assertThat(other.status()).isEqualTo(InvoiceStatus.OPEN);
            } else {
                assertThat(other.lines())
                        .as("the immediate invoice lost all its lines")
                        .isEmpty();
                assertThat(other.status()).isEqualTo(InvoiceStatus.DRAFT);
            }
            assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                            "insert into invoice_prorations (proration_id, invoice_id, billing_key) values (?, ?, ?)",
                            prorations.get(0),
                            other.id(),
                            other.billingKey())))
                    .as("the database refuses a second invoice holding the proration")
                    .message()
                    .containsIgnoringCase("invoice_prorations_once");
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Without a race: the {@code always_invoice} change's immediate invoice bills the prorations once,
     * and the period's invoice after it (drafted on demand, re-rated at finalization, and the invoice
     * run's) bills only the period's fee.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void anImmediateProrationIsNotBilledAgainByThePeriodInvoice(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            Jdbi jdbi = db.jdbi();
            var x = ImmediateProrationScenario.create(jdbi, clock, null, TAXED);
            InvoiceStore invoices = x.invoices();
            List<String> prorations = prorationIds(x.immediate());
            Invoice immediate =
                    invoices.finalize(invoices.createDraft(x.immediate(), "t").id(), "t");
            assertThat(prorationLines(immediate)).hasSize(2);
            assertThat(immediate.totals().total().minor())
                    .as("30.00 − 10.00 for 22 of 31 days, plus 21 %% tax")
                    .isEqualTo(Math.round(2000 * 22 / 31.0 * 1.21));
            assertThat(x.billing().immediateProrations(x.sub())).isEmpty();

            BillingInput period = x.billing().input(x.sub(), ImmediateProrationScenario.PERIOD_START);
            assertThat(prorationIds(period)).isEmpty();
            Invoice draft = invoices.createDraft(period, "t");
            Invoice finalized = invoices.finalizeRerated(
                    draft.id(),
                    "invoice-run",
                    d -> Optional.of(x.billing().input(x.sub(), ImmediateProrationScenario.PERIOD_START)));
            assertThat(finalized.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.RECURRING);
            assertThat(finalized.totals().total().minor()).isEqualTo(1210);
            assertThat(invoices.draftAndFinalize(List.of(period), "invoice-run")
                            .get(0)
                            .existing())
                    .isTrue();
            assertThat(heldBy(jdbi, prorations)).containsOnly(immediate.id()).hasSize(2);
            assertConsistent(finalized);
        }
    }

    static List<Arguments> storesAndImmediateWritten() {
        return storesAndPeriodWriters();
    }

    /**
     * V46 on a database whose invoices were written before {@code invoice_prorations} existed (the
     * migration undone, then the database opened again): the immediate invoice's key names the
     * prorations it holds; when no immediate invoice was written (the service stopped between the change
     * and its invoice), the period's invoice holds the prorations of its period.
     */
    @ParameterizedTest(name = "{0}, immediate invoice written: {1}")
    @MethodSource("storesAndImmediateWritten")
    void theMigrationRecordsWhichEarlierInvoiceHoldsEachProration(Store store, boolean immediateWritten) {
        var settings = TestStores.databaseSettings(store);
        String holder;
        List<String> prorations;
        try (Database db = Database.open("billing", settings, dir, new SimpleMeterRegistry())) {
            var x = ImmediateProrationScenario.create(db.jdbi(), clock, null, "[]");
            prorations = prorationIds(x.immediate());
            String immediate = immediateWritten
                    ? x.invoices().createDraft(x.immediate(), "t").id()
                    : null;
            Invoice period =
                    x.invoices().createDraft(x.billing().input(x.sub(), ImmediateProrationScenario.PERIOD_START), "t");
            assertThat(prorationLines(period)).hasSize(immediateWritten ? 0 : 2);
            holder = immediateWritten ? immediate : period.id();
            db.jdbi().useHandle(h -> {
                h.execute("drop table invoice_prorations");
                h.execute("delete from billing_schema_history where version = '46'");
            });
        }
        try (Database db = Database.open("billing", settings, dir, new SimpleMeterRegistry())) {
            assertThat(heldBy(db.jdbi(), prorations)).containsOnly(holder).hasSize(2);
        }
    }

    /** Finalizes a draft re-rated with the input it was rated from; an empty draft is refused. */
    private static void finalizeStale(InvoiceStore invoices, Invoice invoice, BillingInput stale) {
        if (invoice.status() != InvoiceStatus.DRAFT) {
            return;
        }
        Function<Invoice, Optional<BillingInput>> fresh = d -> Optional.of(stale);
        if (invoice.lines().isEmpty()) {
            assertThatThrownBy(() -> invoices.finalizeRerated(invoice.id(), "invoice-run", fresh))
                    .isInstanceOf(UnprocessableException.class);
        } else {
            invoices.finalizeRerated(invoice.id(), "invoice-run", fresh);
        }
    }

    /** The lines sum to the subtotal, the total is subtotal − discount + tax, and one total per line. */
    private static void assertConsistent(Invoice invoice) {
        var t = invoice.totals();
        long lines = invoice.lines().stream().mapToLong(l -> l.amount().minor()).sum();
        assertThat(lines).as("lines of " + invoice.id()).isEqualTo(t.subtotal().minor());
        assertThat(t.total().minor())
                .isEqualTo(t.subtotal().minor() - t.discount().minor() + t.tax().minor());
        assertThat(t.lines()).hasSameSizeAs(invoice.lines());
    }

    private static List<InvoiceLine> prorationLines(Invoice invoice) {
        return invoice.lines().stream()
                .filter(l -> l.kind() == LineKind.PRORATION)
                .toList();
    }

    private static List<String> prorationIds(BillingInput input) {
        return input.lines().stream()
                .filter(LineRequest.Proration.class::isInstance)
                .map(l -> ((LineRequest.Proration) l).prorationId())
                .sorted()
                .toList();
    }

    /** The invoice holding each of {@code prorations} ({@code invoice_prorations}). */
    private static List<String> heldBy(Jdbi jdbi, List<String> prorations) {
        return jdbi.withHandle(
                h -> h.createQuery("select invoice_id from invoice_prorations where proration_id in (<ids>)")
                        .bindList("ids", prorations)
                        .mapTo(String.class)
                        .list());
    }
}
