package io.enis.billing.invoices;

import io.enis.kit.domain.DomainException;
import io.enis.kit.jobs.LeaderLease;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The period-end invoice run: drafts and finalizes an invoice for every {@link BillingInput} that
 * {@link DueBilling} says is due, on the replica that holds the {@link LeaderLease} only (the
 * others return {@link Result#ran()} false). Safe to repeat: drafts are unique per billing key and
 * finalized invoices are left alone, so a run cut short is finished by the next. The lease is
 * renewed every {@value #RENEW_EVERY} invoices; a run that loses it stops.
 */
public final class InvoiceRun {
    static final int RENEW_EVERY = 100;

    /** What is due: the subscriptions' wiring maps its model to {@link BillingInput}s. */
    @FunctionalInterface
    public interface DueBilling {
        List<BillingInput> due(java.time.Instant now);
    }

    /**
     * @param ran       false when another replica holds the lease
     * @param finalized invoices finalized by this run
     * @param failures  one line per input refused (empty invoice, negative total), with its billing key
     */
    public record Result(boolean ran, int finalized, List<String> failures) {}

    private final LeaderLease lease;
    private final InvoiceStore store;
    private final DueBilling due;
    private final Clock clock;

    public InvoiceRun(LeaderLease lease, InvoiceStore store, DueBilling due, Clock clock) {
        this.lease = Objects.requireNonNull(lease, "lease");
        this.store = Objects.requireNonNull(store, "store");
        this.due = Objects.requireNonNull(due, "due");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One run; the lease is released at the end. */
    public Result runOnce() {
        if (!lease.tryAcquire()) {
            return new Result(false, 0, List.of());
        }
        int finalized = 0;
        List<String> failures = new ArrayList<>();
        try {
            int done = 0;
            for (BillingInput input : due.due(clock.instant())) {
                if (++done % RENEW_EVERY == 0 && !lease.tryAcquire()) {
                    failures.add("lease lost after " + done + " inputs; the next run continues");
                    break;
                }
                Invoice draft = store.createDraft(input, "scheduler");
                if (draft.status() != InvoiceStatus.DRAFT) {
                    continue;
                }
                try {
                    store.finalize(draft.id(), "scheduler");
                    finalized++;
                } catch (DomainException refused) {
                    failures.add(input.billingKey() + ": " + refused.getMessage());
                }
            }
        } finally {
            lease.release();
        }
        return new Result(true, finalized, List.copyOf(failures));
    }
}
