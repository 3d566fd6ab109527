package io.enis.billing.invoicing;

import io.enis.billing.catalogue.CatalogueCache;
import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.MeteredCharge;
import io.enis.billing.catalogue.Metric;
import io.enis.billing.catalogue.Plan;
import io.enis.billing.discounts.Discounts;
import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.BillingPeriod;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.invoices.TaxRate;
import io.enis.billing.money.Currency;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.subscriptions.Proration;
import io.enis.billing.subscriptions.ProrationRecord;
import io.enis.billing.subscriptions.ProrationTrace;
import io.enis.billing.subscriptions.Subscription;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.billing.usage.UsageAggregate;
import io.enis.billing.usage.UsageAggregates;
import io.enis.kit.domain.DomainException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What one subscription period bills, as the invoices' {@link BillingInput}: the period's recurring
 * fee (billed for the whole period on the plan and quantity it started with), its prorations (a
 * credit for the unused time of a replaced fee, a charge for the new one, both to the second), and
 * one usage line per metered charge of the period's rating plan with the aggregate and the ids of
 * the events behind it; the customer's tax rates; the coupons applied to the subscription
 * ({@link Discounts#applied}). One invoice per period: the billing key
 * is {@code <subscription id>/<period start in epoch milliseconds>} ({@link #billingKey}), so the
 * invoice run and an on-demand request never bill a period twice. Trial periods bill nothing.
 */
public final class SubscriptionBilling {
    /** The billing service bills for one organisation: its invoices share one number series. */
    public static final String ORGANISATION = "default";

    private final Jdbi jdbi;
    private final Subscriptions subscriptions;
    private final CatalogueCache catalogue = new CatalogueCache();

    public SubscriptionBilling(Jdbi jdbi, Subscriptions subscriptions) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
    }

    /** The billing key of a subscription's period: {@code sub_…/1769853600000}. */
    public static String billingKey(String subscriptionId, Instant periodStart) {
        return subscriptionId + "/" + periodStart.toEpochMilli();
    }

    /** The subscription a billing key of {@link #billingKey} names. */
    public static String subscriptionOf(String billingKey) {
        int slash = billingKey.indexOf('/');
        return slash < 0 ? billingKey : billingKey.substring(0, slash);
    }

    /**
     * What the subscription's period starting at {@code periodStart} bills.
     *
     * @param periodStart {@code null}: the latest period that has ended
     * @throws io.enis.kit.domain.NotFoundException when there is no such subscription
     * @throws InvalidInputException  on {@code period_start} when no period starts then, or none has ended
     * @throws UnprocessableException {@code period-not-billable} for a trial period or one still running
     */
    public BillingInput input(String subscriptionId, Instant periodStart) {
        return jdbi.inTransaction(h -> {
            Subscription subscription = subscriptions.current(h, subscriptionId);
            List<io.enis.billing.subscriptions.BillingPeriod> periods = subscriptions.periods(h, subscriptionId);
            io.enis.billing.subscriptions.BillingPeriod period = periodStart == null
                    ? periods.stream()
                            .filter(io.enis.billing.subscriptions.BillingPeriod::closed)
                            .reduce((a, b) -> b)
                            .orElseThrow(() -> InvalidInputException.field(
                                    "period_start",
                                    "subscription " + subscriptionId
                                            + " has no period that has ended yet; give the start of one"))
                    : periods.stream()
                            .filter(p -> p.start().equals(periodStart))
                            .findFirst()
                            .orElseThrow(() -> InvalidInputException.field(
                                    "period_start",
                                    "no period of subscription " + subscriptionId
                                            + " starts at " + periodStart + "; periods start at "
                                            + periods.stream()
                                                    .map(p -> p.start().toString())
                                                    .toList()));
            requireBillable(period);
            return input(new Reads(h, catalogue, null), subscription.customerId(), period);
        });
    }

    /** What one of the periods {@link #inputs} was asked for bills, or why it cannot be billed. */
    public record Rated(Subscriptions.PeriodRef ref, BillingInput input, String refusal) {}

    /**
     * What each of {@code refs} bills, in one transaction for all (the invoice run, a chunk at a time):
     * the subscriptions locked in id order by one statement and brought current
     * ({@link Subscriptions#currentAll}), then their periods and prorations, customers and the usage
     * events of the periods read by one statement each; plans and metrics come from a
     * {@link CatalogueCache}; per subscription, its coupons ({@link Discounts#applied}: one query, plus
     * one per discount) and, per proration, whether another invoice (an {@code always_invoice}
     * one) already holds it (then it is skipped; {@code invoice_prorations}). Each period is rated as
     * {@link #input(String, Instant)} rates it.
     *
     * @return one result per ref, in order: its input, or why it cannot be billed (no such subscription
     *         or period, not billable, or refused by the rating)
     */
    public List<Rated> inputs(List<Subscriptions.PeriodRef> refs) {
        return jdbi.inTransaction(h -> {
            Map<String, Subscription> subs = subscriptions.currentAll(
                    h,
                    refs.stream().map(Subscriptions.PeriodRef::subscriptionId).toList());
            Map<String, List<io.enis.billing.subscriptions.BillingPeriod>> periods =
                    subscriptions.periodsOf(h, subs.keySet());
            Map<Subscriptions.PeriodRef, io.enis.billing.subscriptions.BillingPeriod> billed = new HashMap<>();
            for (Subscriptions.PeriodRef ref : refs) {
                periods.getOrDefault(ref.subscriptionId(), List.of()).stream()
                        .filter(p -> p.start().equals(ref.start()))
                        .findFirst()
                        .ifPresent(p -> billed.put(ref, p));
            }
            Reads reads = new Reads(h, catalogue, UsageAggregates.Prefetched.read(h, billed.values()));
            reads.customers.putAll(Customers.findAll(
                    h, subs.values().stream().map(Subscription::customerId).collect(Collectors.toSet())));
            List<Rated> out = new ArrayList<>();
            for (Subscriptions.PeriodRef ref : refs) {
                Subscription s = subs.get(ref.subscriptionId());
                var period = billed.get(ref);
                if (s == null || period == null) {
                    out.add(new Rated(ref, null, s == null ? "no such subscription" : "no such period"));
                    continue;
                }
                try {
                    requireBillable(period);
                    out.add(new Rated(ref, input(reads, s.customerId(), period), null));
                } catch (DomainException | IllegalStateException refused) {
                    out.add(new Rated(ref, null, refused.getMessage()));
                }
            }
            return out;
        });
    }

    /** @throws UnprocessableException {@code period-not-billable} for a trial period or one still running */
    private static void requireBillable(io.enis.billing.subscriptions.BillingPeriod period) {
        if (period.kind().equals("trial") || !period.closed()) {
            String why =
                    period.kind().equals("trial") ? "is a trial, which bills nothing" : "runs until " + period.end();
            throw new UnprocessableException(
                    "period-not-billable",
                    "Period not billable",
                    "the period of subscription " + period.subscriptionId() + " starting at " + period.start() + " "
                            + why,
                    List.of(new Violation("period_start", why + "; allowed: a regular period that has ended")));
        }
    }

    /**
     * What rating reads beyond the period: customers (read one at a time unless put here first), plans
     * and metrics (cached), usage (prefetched for the invoice run's chunk, else one query per charge).
     */
    private static final class Reads {
        final Handle h;
        final CatalogueCache catalogue;
        final UsageAggregates.Prefetched usage;
        final Map<String, Customer> customers = new HashMap<>();

        Reads(Handle h, CatalogueCache catalogue, UsageAggregates.Prefetched usage) {
            this.h = h;
            this.catalogue = catalogue;
            this.usage = usage;
        }

        Customer customer(String id) {
            return customers.computeIfAbsent(id, i -> Customers.find(h, i).orElseThrow());
        }

        Plan plan(String id) {
            return catalogue
                    .plan(h, id)
                    .orElseThrow(() -> new IllegalStateException("plan " + id + " of a stored period is missing"));
        }

        Metric metric(String code) {
            return catalogue.metric(h, code).orElseThrow();
        }

        UsageAggregate usage(String subscriptionId, Metric metric, io.enis.billing.subscriptions.BillingPeriod period) {
            return usage == null
                    ? UsageAggregates.aggregate(h, subscriptionId, metric, period)
                    : usage.aggregate(subscriptionId, metric, period);
        }
    }

    /** The input of one closed period of a subscription of {@code customerId}. */
    private static BillingInput input(
            Reads reads, String customerId, io.enis.billing.subscriptions.BillingPeriod period) {
        String subscriptionId = period.subscriptionId();
        Customer customer = reads.customer(customerId);
        Currency currency = Currency.of(period.currency());
        BillingPeriod billed = new BillingPeriod(period.start(), period.end());
        List<LineRequest> lines = new ArrayList<>();
        Plan feePlan = reads.plan(period.planId());
        if (feePlan.fee() != null) {
            lines.add(new LineRequest.RecurringFee(
                    feePlan.name() + " (" + feePlan.code() + ")",
                    feePlan.fee(),
                    Quantity.of(period.quantity()),
                    billed));
        }
        for (ProrationRecord p : period.prorations()) {
            if (!heldElsewhere(reads.h, p, billingKey(subscriptionId, period.start()))) {
                proration(reads.plan(p.planId()), p).ifPresent(lines::add);
            }
        }
        Plan rating = reads.plan(period.ratingPlanId());
        for (MeteredCharge charge : rating.charges()) {
            Metric metric = reads.metric(charge.metricCode());
            UsageAggregate usage = reads.usage(subscriptionId, metric, period);
            lines.add(new LineRequest.UsageCharge(
                    metric.name() + " (" + metric.code() + ")",
                    metric.code(),
                    charge.price(),
                    usage.asQuantity(),
                    billed,
                    usage.eventIds()));
        }
        return new BillingInput(
                ORGANISATION,
                customer.id(),
                currency,
                billingKey(subscriptionId, period.start()),
                billed,
                taxRates(customer),
                Discounts.applied(reads.h, subscriptionId, period.start(), billingKey(subscriptionId, period.start())),
                lines);
    }

    /** The billing key of an {@code always_invoice} invoice: {@code sub_…/prorations/pro_…,pro_…}. */
    public static String prorationKey(String subscriptionId, List<ProrationRecord> prorations) {
        return subscriptionId + "/prorations/"
                + String.join(",", prorations.stream().map(ProrationRecord::id).toList());
    }

    /**
     * What {@code always_invoice} bills at once: the subscription's prorations marked
     * {@code invoice_now} that no invoice holds yet (neither an earlier immediate invoice nor their
     * period's invoice), as one input in the subscription's currency whose period runs from the
     * earliest change to the period's end; empty when there is none. Its billing key
     * ({@link #prorationKey}) names the prorations, so they are never billed twice. The subscription's
     * coupons discount it as they discount the invoice of the period the (first) change fell in
     * ({@link Discounts#applied}: the same period index, and a {@code once} coupon only if no invoice
     * took it first, which then consumes it).
     */
    public java.util.Optional<BillingInput> immediateProrations(String subscriptionId) {
        return jdbi.inTransaction(h -> {
            Subscription subscription = subscriptions.current(h, subscriptionId);
            Reads reads = new Reads(h, catalogue, null);
            List<ProrationRecord> pending = new ArrayList<>();
            for (var period : subscriptions.periods(h, subscriptionId)) {
                if (periodInvoiced(h, period)) {
                    continue;
                }
                for (ProrationRecord p : period.prorations()) {
                    if (p.invoiceNow()
                            && !heldElsewhere(h, p, null)
                            && proration(reads.plan(p.planId()), p).isPresent()) {
                        pending.add(p);
                    }
                }
            }
            if (pending.isEmpty()) {
                return java.util.Optional.<BillingInput>empty();
            }
            String customerId = subscription.customerId();
            Customer customer = reads.customer(customerId);
            ProrationTrace first = pending.get(0).trace();
            ProrationTrace last = pending.get(pending.size() - 1).trace();
            String key = prorationKey(subscriptionId, pending);
            return java.util.Optional.of(new BillingInput(
                    ORGANISATION,
                    customerId,
                    Currency.of(pending.get(0).currency()),
                    key,
                    new BillingPeriod(first.from(), last.periodEnd()),
                    taxRates(customer),
                    Discounts.applied(h, subscriptionId, first.periodStart(), key),
                    pending.stream()
                            .map(p -> proration(reads.plan(p.planId()), p).orElseThrow())
                            .toList()));
        });
    }

    /**
     * Whether an invoice other than the one of {@code billingKey} ({@code null}: any invoice) holds the
     * proration ({@code invoice_prorations}). A pre-filter when rating; the invoice store decides again
     * when it writes the invoice, under a lock, so two invoices rated at the same instant never both
     * bill it.
     */
    private static boolean heldElsewhere(Handle h, ProrationRecord p, String billingKey) {
        return h.createQuery("select count(*) from invoice_prorations where proration_id = :id and billing_key <> :key")
                        .bind("id", p.id())
                        .bind("key", billingKey == null ? "" : billingKey)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    private static boolean periodInvoiced(Handle h, io.enis.billing.subscriptions.BillingPeriod period) {
        return h.createQuery("select count(*) from invoices where organisation_id = :org and billing_key = :key")
                        .bind("org", ORGANISATION)
                        .bind("key", billingKey(period.subscriptionId(), period.start()))
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** A stored proration as a line; none when it is zero or its plan has no fee to prorate. */
    private static java.util.Optional<LineRequest> proration(Plan plan, ProrationRecord p) {
        ProrationTrace t = p.trace();
        if (p.amountMinor() == 0 || plan.fee() == null || !t.from().isBefore(t.periodEnd())) {
            return java.util.Optional.empty();
        }
        boolean credit = p.kind() == Proration.Kind.CREDIT;
        String description = (credit ? "Unused time on " : "Remaining time on ") + plan.name() + " (" + plan.code()
                + ") from " + t.from();
        return java.util.Optional.of(new LineRequest.Proration(
                description,
                plan.fee(),
                Quantity.of(p.quantity()),
                new BillingPeriod(t.periodStart(), t.periodEnd()),
                new BillingPeriod(t.from(), t.periodEnd()),
                credit,
                p.id()));
    }

    private static List<TaxRate> taxRates(Customer customer) {
        List<TaxRate> out = new ArrayList<>();
        List<io.enis.billing.catalogue.TaxRate> rates = customer.taxRates() == null ? List.of() : customer.taxRates();
        for (int i = 0; i < rates.size(); i++) {
            out.add(new TaxRate(
                    "tax_" + (i + 1), rates.get(i).name(), rates.get(i).percentage()));
        }
        return out;
    }
}
