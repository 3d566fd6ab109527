package io.enis.billing.invoices;

import static io.enis.billing.invoices.Inputs.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.testing.TestDatabase;
import io.enis.kit.db.Database;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceRunTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

    private static BillingInput due(String key, LineRequest... lines) {
        return new BillingInput("org_a", "cus_1", EUR, key, NOVEMBER, List.of(VAT), List.of(), List.of(lines));
    }

    @Test
    void aReplicaWithoutTheLeaseBillsNothingAndTheHolderReportsRefusals() {
        try (Database db = TestDatabase.open(TestStores.Store.EMBEDDED, dir)) {
            InvoiceStore invoices = new InvoiceStore(db.jdbi(), clock, InvoiceNumbering.DEFAULT);
            InvoiceRun.DueBilling source =
                    now -> List.of(due("sub_1/2026-11", fee(1000)), due("sub_2/2026-11"), due("sub_3/2026-11", fee(5)));
            LeaderLease holder = new LeaderLease(db.jdbi(), clock, "invoice-run", "pod-a", Duration.ofMinutes(5));
            assertThat(holder.tryAcquire()).isTrue();

            InvoiceRun other = new InvoiceRun(
                    new LeaderLease(db.jdbi(), clock, "invoice-run", "pod-b", Duration.ofMinutes(5)),
                    invoices,
                    source,
                    clock);
            assertThat(other.runOnce()).isEqualTo(new InvoiceRun.Result(false, 0, List.of()));
            assertThat(invoices.findByBillingKey("org_a", "sub_1/2026-11")).isEmpty();

            InvoiceRun.Result result = new InvoiceRun(holder, invoices, source, clock).runOnce();
            assertThat(result.ran()).isTrue();
            assertThat(result.finalized()).isEqualTo(2);
            assertThat(result.failures())
                    .singleElement()
                    .asString()
                    .startsWith("sub_2/2026-11: ")
                    .contains("has no lines");
            assertThat(invoices.findByBillingKey("org_a", "sub_3/2026-11")
                            .orElseThrow()
                            .number())
                    .contains("ENIS-2026-000002");
            assertThat(other.runOnce().ran()).as("released after the run").isTrue();
        }
    }
}
