package io.enis.billing.invoices;

import static io.enis.billing.invoices.Inputs.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.money.Money;
import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvoiceStoreTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:05Z"));

    static List<Store> stores() {
        return TestStores.available();
    }

    private static BillingInput inputFor(String org, String key, LineRequest... lines) {
        return new BillingInput(org, "cus_1", EUR, key, NOVEMBER, List.of(VAT), List.of(), List.of(lines));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aDraftReadsBackEqualAndIsNumberedOnlyWhenFinalized(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            Invoice draft = invoices.createDraft(
                    inputFor("org_a", "sub_1/2026-11", fee(2900), apiCalls(eventIds(1200))), "key_1");
            assertThat(draft.number()).isEmpty();
            Invoice read = invoices.get(draft.id());
            assertThat(InvoiceDocument.bytes(read)).isEqualTo(InvoiceDocument.bytes(draft));

            Invoice open = invoices.finalize(draft.id(), "key_1");
            assertThat(open.number()).contains("ENIS-2026-000001");
            assertThat(invoices.get(draft.id()).number()).contains("ENIS-2026-000001");
            assertThatThrownBy(() -> invoices.finalize(draft.id(), "key_1"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("already finalized");
            Invoice second = invoices.createDraft(inputFor("org_a", "sub_2/2026-11", fee(100)), "key_1");
            assertThat(invoices.finalize(second.id(), "key_1").number()).contains("ENIS-2026-000002");
            Invoice otherOrg = invoices.createDraft(inputFor("org_b", "sub_9/2026-11", fee(100)), "key_2");
            assertThat(invoices.finalize(otherOrg.id(), "key_2").number()).contains("ENIS-2026-000001");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aBillingKeyIsBilledOnce(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            Invoice first = invoices.createDraft(inputFor("org_a", "sub_1/2026-11", fee(2900)), "scheduler");
            Invoice again = invoices.createDraft(inputFor("org_a", "sub_1/2026-11", fee(9999)), "scheduler");
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.totals().subtotal().minor()).isEqualTo(2900);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void refusedFinalizationsTakeNoNumber(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            Invoice empty = invoices.createDraft(inputFor("org_a", "empty"), "k");
            assertThatThrownBy(() -> invoices.finalize(empty.id(), "k"))
                    .isInstanceOf(UnprocessableException.class)
                    .hasMessageContaining("has no lines");
            Invoice real = invoices.createDraft(inputFor("org_a", "real", fee(10)), "k");
            assertThat(invoices.finalize(real.id(), "k").number()).contains("ENIS-2026-000001");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void everyChangeIsAuditedAndCreditNotesAreCapped(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            Invoice draft = invoices.createDraft(inputFor("org_a", "k1", fee(1000)), "key_admin");
            invoices.finalize(draft.id(), "scheduler");
            clock.advance(java.time.Duration.ofHours(1));
            invoices.markPaid(draft.id(), Money.of(1210, EUR), "webhook:evt_1");
            CreditNote note = invoices.credit(draft.id(), Money.of(210, EUR), "order_change", "key_admin");
            assertThat(note.number()).isEqualTo("ENIS-2026-000001-CN-01");
            assertThat(invoices.credit(draft.id(), Money.of(1000, EUR), "order_change", "key_admin")
                            .number())
                    .endsWith("-CN-02");
            assertThatThrownBy(() -> invoices.credit(draft.id(), Money.of(1, EUR), "again", "key_admin"))
                    .isInstanceOf(io.enis.kit.domain.UnprocessableException.class)
                    .hasMessageContaining("exceeds the 0.00 EUR that remain");
            assertThat(invoices.creditNotes(draft.id())).hasSize(2);

            List<AuditEntry> audit = invoices.audit(draft.id());
            assertThat(audit)
                    .extracting(AuditEntry::action)
                    .containsExactly("created", "finalized", "paid", "credited", "credited");
            assertThat(audit)
                    .extracting(AuditEntry::actor)
                    .containsExactly("key_admin", "scheduler", "webhook:evt_1", "key_admin", "key_admin");
            assertThat(audit.get(0).before()).isNull();
            assertThat(audit.get(2).before()).contains("\"status\":\"open\"");
            assertThat(audit.get(2).after()).contains("\"status\":\"paid\"", "\"amount_paid_minor\":1210");
            assertThat(audit.get(2).at()).isEqualTo(Instant.parse("2026-12-01T01:00:05Z"));
        }
    }

    /**
     * The invoice run's chunk: numbers follow the inputs' order without gaps, around what is refused and
     * interleaved with single finalizations; what exists stays as it is; each new invoice is stored and
     * audited as {@code createDraft} then {@code finalize} store it, and reads back byte for byte.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void aChunkIsDraftedAndFinalizedInOrderWithoutGaps(Store store) {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            Invoice before = invoices.finalize(
                    invoices.createDraft(inputFor("org_a", "k0", fee(10)), "t").id(), "t");
            assertThat(before.number()).contains("ENIS-2026-000001");

            List<InvoiceStore.Issued> issued = invoices.draftAndFinalize(
                    List.of(
                            inputFor("org_a", "k1", fee(100), apiCalls(eventIds(3))),
                            inputFor("org_a", "k0", fee(999)),
                            inputFor("org_a", "k2"),
                            inputFor("org_b", "k1", fee(7)),
                            inputFor("org_a", "k3", fee(300))),
                    "scheduler");

            assertThat(issued)
                    .extracting(i -> i.invoice().number().orElse("-"))
                    .containsExactly(
                            "ENIS-2026-000002", "ENIS-2026-000001", "-", "ENIS-2026-000001", "ENIS-2026-000003");
            assertThat(issued)
                    .extracting(InvoiceStore.Issued::existing)
                    .containsExactly(false, true, false, false, false);
            assertThat(issued.get(1).invoice().id()).isEqualTo(before.id());
            assertThat(issued.get(2).refusal()).contains("has no lines");
            assertThat(invoices.get(issued.get(2).invoice().id()).status()).isEqualTo(InvoiceStatus.DRAFT);
            Invoice k1 = issued.get(0).invoice();
            assertThat(k1.status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(InvoiceDocument.bytes(invoices.get(k1.id()))).isEqualTo(InvoiceDocument.bytes(k1));
            assertThat(invoices.audit(k1.id())).extracting(AuditEntry::action).containsExactly("created", "finalized");
            assertThat(invoices.audit(issued.get(2).invoice().id()))
                    .extracting(AuditEntry::action)
                    .containsExactly("created");

            Invoice after = invoices.finalize(
                    invoices.createDraft(inputFor("org_a", "k4", fee(10)), "t").id(), "t");
            assertThat(after.number()).contains("ENIS-2026-000004");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void concurrentFinalizationsNumberWithoutGapOrDuplicate(Store store) throws Exception {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            int n = 60;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // every fifth is empty: refused, so it must not use up a number
                ids.add(invoices.createDraft(
                                i % 5 == 0 ? inputFor("org_a", "k" + i) : inputFor("org_a", "k" + i, fee(100 + i)), "t")
                        .id());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
            List<Future<?>> futures = new ArrayList<>();
            for (String id : ids) {
                for (int attempt = 0; attempt < 2; attempt++) { // each twice: the second must be refused
                    futures.add(pool.submit(() -> {
                        start.await();
                        try {
                            numbers.add(invoices.finalize(id, "t").number().orElseThrow());
                        } catch (ConflictException | UnprocessableException refused) {
                            // expected for the duplicate and the empty ones
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            Set<String> expected = new TreeSet<>();
            for (int i = 1; i <= n - n / 5; i++) {
                expected.add(String.format("ENIS-2026-%06d", i));
            }
            assertThat(numbers).hasSize(expected.size());
            assertThat(new TreeSet<>(numbers)).isEqualTo(expected);
        }
    }
}
