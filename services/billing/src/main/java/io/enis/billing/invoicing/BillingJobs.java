package io.enis.billing.invoicing;

import io.enis.billing.invoices.InvoiceRun;
import io.enis.billing.payments.PaymentService;
import io.enis.kit.events.OutboxRelay;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.jobs.LeaderSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The billing service's background work, every {@code interval}, on the replica that holds the
 * {@code billing-jobs} {@link LeaderLease} only: the invoice run (periods past their usage grace
 * period are invoiced and finalized), the collection of newly finalized invoices, the dunning
 * retries that are due, then the outbox relay to the cloud-bus (when configured). Other replicas take the lease when its holder stops renewing it.
 * {@link #close()} stops the schedule, waits for a tick under way and gives the lease up (the kit's
 * {@link LeaderSchedule}).
 */
public final class BillingJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BillingJobs.class);
    /** Outbox events published per tick at most. */
    static final int RELAY_BATCH = 1_000;
    /** Newly finalized invoices collected per tick at most. */
    static final int COLLECT_BATCH = 1_000;

    /** What one tick did, and how long its invoice run and collection took; {@code ran} false when another replica holds the lease. */
    public record Tick(
            boolean ran,
            int invoicesFinalized,
            List<String> invoiceFailures,
            int invoicesCollected,
            int dunningAttempts,
            int eventsPublished,
            Duration invoiceRunTime,
            Duration collectTime) {}

    private final InvoiceRun invoiceRun;
    private final PaymentService payments;
    private final Optional<OutboxRelay> relay;
    private final LeaderSchedule<Tick> schedule;

    public BillingJobs(
            LeaderLease lease,
            InvoiceRun invoiceRun,
            PaymentService payments,
            Optional<OutboxRelay> relay,
            Duration interval) {
        this.invoiceRun = Objects.requireNonNull(invoiceRun, "invoiceRun");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.schedule = new LeaderSchedule<>("billing-jobs", lease, interval, this::work);
    }

    /** Starts ticking every {@code interval}, the first one after one interval. */
    public void start() {
        schedule.start();
    }

    /** One tick now (the schedule's, or a test's): the invoice run, collection, dunning, the relay. */
    public Tick runOnce() {
        return schedule.runOnce().orElse(new Tick(false, 0, List.of(), 0, 0, 0, Duration.ZERO, Duration.ZERO));
    }

    private Tick work() {
        long start = System.nanoTime();
        InvoiceRun.Result invoices = invoiceRun.runOnce();
        long ran = System.nanoTime();
        int collected = payments.collectOpen(COLLECT_BATCH);
        long collecting = System.nanoTime();
        int attempts = payments.runDunning();
        int published = relay.map(r -> r.publishDue(RELAY_BATCH)).orElse(0);
        Tick t = new Tick(
                true,
                invoices.finalized(),
                invoices.failures(),
                collected,
                attempts,
                published,
                Duration.ofNanos(ran - start),
                Duration.ofNanos(collecting - ran));
        if (t.invoicesFinalized() > 0
                || !t.invoiceFailures().isEmpty()
                || t.invoicesCollected() > 0
                || t.dunningAttempts() > 0) {
            LOG.info(
                    "billing jobs: {} invoices finalized, {} refused {}, {} collected, {} dunning attempts, {} events published",
                    t.invoicesFinalized(),
                    t.invoiceFailures().size(),
                    t.invoiceFailures(),
                    t.invoicesCollected(),
                    t.dunningAttempts(),
                    t.eventsPublished());
        }
        return t;
    }

    @Override
    public void close() throws InterruptedException {
        schedule.close();
    }
}
