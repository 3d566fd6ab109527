package io.enis.billing.invoicing;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.InvoiceRun;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the invoice run bills at {@code now}: every regular (not trial) subscription period that
 * ended at least {@code USAGE_GRACE_PERIOD} ago — so late usage, accepted until then, is on it — and
 * has no invoice yet, oldest end first, at most {@code batch} per run (the next run takes the rest).
 * A period that cannot be rated is logged and skipped; the next run tries it again. Periods are
 * rated {@value #CHUNK} at a time, each chunk in one transaction ({@link SubscriptionBilling#inputs}).
 */
public final class DueInvoices implements InvoiceRun.DueBilling {
    private static final Logger LOG = LoggerFactory.getLogger(DueInvoices.class);

    /** Periods rated per transaction ({@link SubscriptionBilling#inputs}). */
    static final int CHUNK = 200;

    private final Jdbi jdbi;
    private final Subscriptions subscriptions;
    private final SubscriptionBilling billing;
    private final Duration grace;
    private final int batch;

    public DueInvoices(Jdbi jdbi, Subscriptions subscriptions, SubscriptionBilling billing, Duration grace, int batch) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.billing = Objects.requireNonNull(billing, "billing");
        this.grace = Objects.requireNonNull(grace, "grace");
        this.batch = batch;
    }

    @Override
    public List<BillingInput> due(Instant now) {
        List<BillingInput> due = new ArrayList<>();
        List<Subscriptions.PeriodRef> refs = unbilled(now.minus(grace));
        for (int from = 0; from < refs.size(); from += CHUNK) {
            for (SubscriptionBilling.Rated r : rate(refs.subList(from, Math.min(refs.size(), from + CHUNK)))) {
                if (r.input() != null) {
                    due.add(r.input());
                } else {
                    LOG.warn(
                            "period {} of {} not billed: {}",
                            r.ref().start(),
                            r.ref().subscriptionId(),
                            r.refusal());
                }
            }
        }
        return due;
    }

    /** A chunk rated in one transaction; when that fails (a database error), its periods one at a time. */
    private List<SubscriptionBilling.Rated> rate(List<Subscriptions.PeriodRef> chunk) {
        try {
            return billing.inputs(chunk);
        } catch (RuntimeException chunkFailed) {
            LOG.warn(
                    "rating {} periods at once failed ({}); rating them one at a time",
                    chunk.size(),
                    chunkFailed.toString());
        }
        List<SubscriptionBilling.Rated> out = new ArrayList<>();
        for (Subscriptions.PeriodRef ref : chunk) {
            try {
                out.add(new SubscriptionBilling.Rated(ref, billing.input(ref.subscriptionId(), ref.start()), null));
            } catch (DomainException | IllegalStateException | ArithmeticException e) {
                // an overflowing amount is one period's problem: refused here, the others still rated
                out.add(new SubscriptionBilling.Rated(ref, null, e.getMessage()));
            }
        }
        return out;
    }

    /** Periods ended by {@code cutoff} without an invoice for their billing key ({@link SubscriptionBilling#billingKey}). */
    List<Subscriptions.PeriodRef> unbilled(Instant cutoff) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.subscription_id, p.period_start, p.period_end from subscription_periods p
                        where p.kind <> 'trial' and p.period_end <= :cutoff
                          and not exists (select 1 from invoices i where i.organisation_id = :org
                            and i.billing_key = concat(p.subscription_id, '/', cast(p.period_start as varchar(20))))
                        order by p.period_end, p.subscription_id limit :n""")
                .bind("cutoff", cutoff.toEpochMilli())
                .bind("org", SubscriptionBilling.ORGANISATION)
                .bind("n", batch)
                .map((rs, c) -> new Subscriptions.PeriodRef(
                        rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3))))
                .list());
    }
}
