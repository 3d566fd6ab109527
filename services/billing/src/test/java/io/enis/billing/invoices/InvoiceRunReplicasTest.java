package io.enis.billing.invoices;

import static io.enis.billing.invoices.Inputs.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two replicas with the kit's {@link LeaderLease} running the invoice run at once bill every subscription once. */
class InvoiceRunReplicasTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void twoReplicasRunningTheInvoiceRunBillEachSubscriptionOnce(Store store) throws Exception {
        try (Database db = TestDatabase.open(store, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            List<BillingInput> due = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                due.add(new BillingInput(
                        "org_a",
                        "cus_" + i,
                        EUR,
                        "sub_" + i + "/2026-11",
                        NOVEMBER,
                        List.of(VAT),
                        List.of(),
                        List.of(fee(1000 + i))));
            }
            CountDownLatch bothStarted = new CountDownLatch(2);
            InvoiceRun.DueBilling source = now -> {
                return due;
            };
            InvoiceRun a = new InvoiceRun(
                    new LeaderLease(db.jdbi(), clock, "invoice-run", "pod-a", Duration.ofMinutes(5)),
                    invoices,
                    source,
                    clock);
            InvoiceRun b = new InvoiceRun(
                    new LeaderLease(db.jdbi(), clock, "invoice-run", "pod-b", Duration.ofMinutes(5)),
                    invoices,
                    source,
                    clock);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<InvoiceRun.Result> ra = pool.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return a.runOnce();
            });
            Future<InvoiceRun.Result> rb = pool.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return b.runOnce();
            });
            InvoiceRun.Result resultA = ra.get(60, TimeUnit.SECONDS);
            InvoiceRun.Result resultB = rb.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            // the lease is released after a run, so the second may run after the first: it then bills nothing new
            assertThat(resultA.finalized() + resultB.finalized()).isEqualTo(40);
            assertThat(resultA.ran() || resultB.ran()).isTrue();
            // a run repeated later finds everything billed
            assertThat(a.runOnce().finalized()).isZero();
            int count = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from invoices")
                            .mapTo(Integer.class)
                            .one());
            int numbers = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(distinct number) from invoices")
                            .mapTo(Integer.class)
                            .one());
            assertThat(count).isEqualTo(40);
            assertThat(numbers).isEqualTo(40);
        }
    }
}
