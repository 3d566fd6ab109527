package io.enis.billing.invoices;

import io.enis.kit.domain.DomainException;
import io.enis.kit.jobs.LeaderLease;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The period-end invoice run: drafts and finalizes an invoice for every {@link BillingInput} that
 * {@link DueBilling} says is due, on the replica that holds the {@link LeaderLease} only (the
 * others return {@link Result#ran()} false). Safe to repeat: drafts are unique per billing key and
 * finalized invoices are left alone, so a run cut short is finished by the next. Inputs are issued
 * {@value #RENEW_EVERY} at a time, each chunk drafted, numbered and finalized in one transaction
 * ({@link InvoiceStore#draftAndFinalize}); the lease is renewed before each chunk, and a run that
 * loses it stops.
 */
public final class InvoiceRun {
    static final int RENEW_EVERY = 100;
    private static final String ACTOR = "scheduler";
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceRun.class);

    /** What is due: the subscriptions' wiring maps its model to {@link BillingInput}s. */
    @FunctionalInterface
    public interface DueBilling {
        List<BillingInput> due(java.time.Instant now);
    }

    /**
     * @param ran       false when another replica holds the lease
     * @param finalized invoices finalized by this run
     * @param failures  one line per input refused (empty invoice, negative total, amount overflow), with
     *                  its billing key
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

    /**
     * One chunk in one transaction ({@link InvoiceStore#draftAndFinalize}); when that fails (a database
     * error, such as a request creating one of the invoices meanwhile, or an input that cannot be rated),
     * its inputs one at a time: an input refused then is reported with its refusal and the others are
     * billed.
     */
    private List<InvoiceStore.Issued> issue(List<BillingInput> chunk) {
        try {
            return store.draftAndFinalize(chunk, ACTOR);
        } catch (RuntimeException chunkFailed) {
            LOG.warn(
                    "issuing {} invoices at once failed ({}); issuing them one at a time",
                    chunk.size(),
                    chunkFailed.toString());
        }
        List<InvoiceStore.Issued> out = new ArrayList<>();
        // as invoices already there: runOnce finalizes each draft on its own, as before chunks existed
        for (BillingInput input : chunk) {
            try {
                out.add(new InvoiceStore.Issued(input, store.createDraft(input, ACTOR), true, null));
            } catch (DomainException refused) {
                // one period that cannot be rated (an amount overflow) never blocks the others
                out.add(new InvoiceStore.Issued(input, null, false, refused.getMessage()));
            }
        }
        return out;
    }

    /** One run; the lease is released at the end. */
    public Result runOnce() {
        if (!lease.tryAcquire()) {
            return new Result(false, 0, List.of());
        }
        int finalized = 0;
        List<String> failures = new ArrayList<>();
        try {
            List<BillingInput> inputs = due.due(clock.instant());
            for (int from = 0; from < inputs.size(); from += RENEW_EVERY) {
                if (from > 0 && !lease.tryAcquire()) {
                    failures.add("lease lost after " + from + " inputs; the next run continues");
                    break;
                }
                for (InvoiceStore.Issued issued :
                        issue(inputs.subList(from, Math.min(inputs.size(), from + RENEW_EVERY)))) {
                    if (issued.refusal() != null) {
                        failures.add(issued.input().billingKey() + ": " + issued.refusal());
                    } else if (!issued.existing()) {
                        finalized++;
                    } else if (issued.invoice().status() == InvoiceStatus.DRAFT) {
                        // a draft an earlier run or a request left: finalized on its own
                        try {
                            // re-rated first with the input just rated, so late usage it missed is on it
                            store.finalizeRerated(issued.invoice().id(), ACTOR, d -> Optional.of(issued.input()));
                            finalized++;
                        } catch (DomainException refused) {
                            failures.add(issued.input().billingKey() + ": " + refused.getMessage());
                        }
                    }
                }
            }
        } finally {
            lease.release();
        }
        return new Result(true, finalized, List.copyOf(failures));
    }
}
