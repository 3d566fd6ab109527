package io.enis.billing.subscriptions;

import io.enis.billing.catalogue.CatalogueCache;
import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.Plan;
import io.enis.billing.money.Money;
import io.enis.billing.money.MoneyOverflowException;
import io.enis.billing.store.Ids;
import io.enis.billing.store.Page;
import io.enis.billing.store.PageRequest;
import io.enis.billing.subscriptions.SubscriptionRequests.Cancel;
import io.enis.billing.subscriptions.SubscriptionRequests.ChangePlan;
import io.enis.billing.subscriptions.SubscriptionRequests.Create;
import io.enis.billing.subscriptions.SubscriptionRequests.Timing;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.Violation;
import io.enis.kit.events.EventOutbox;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The subscription use cases, each one transaction with the subscription row locked. Time comes from
 * the injected clock, to the second. Periods roll over lazily: whenever a subscription is read or
 * changed, every period end that has passed is applied first, in order (a trial becomes active, a
 * scheduled plan change or end takes effect, the next period starts), so the state never depends on
 * a scheduler having run.
 *
 * <p>Rules: fees are billed in advance per period, usage in arrears. A change {@code now} in the
 * middle of a period, with {@code proration_behavior} other than {@code none}, credits the unused
 * time of the current fee and, within the same billing cycle, charges the unused time of the new one
 * ({@link Proration}); a plan with another interval starts a new cycle at once (the old period is cut,
 * a new one billed in full). Upgrades (a higher fee per second) apply now by default, downgrades at
 * the period's end. During a trial a change applies at once without prorations.
 */
public final class Subscriptions {
    /** The actor of the changes the service makes itself (period roll-overs). */
    public static final String SYSTEM = "system";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final EventOutbox outbox;
    private final CatalogueCache catalogue = new CatalogueCache();

    /** Subscriptions that announce nothing ({@link EventOutbox#disabled()}). */
    public Subscriptions(Jdbi jdbi, Ids ids, Clock clock) {
        this(jdbi, ids, clock, EventOutbox.disabled());
    }

    /**
     * @param outbox receives {@code subscription.updated} in the transaction of every change but a
     *               plain period roll-over (a status, plan, quantity or schedule change)
     */
    public Subscriptions(Jdbi jdbi, Ids ids, Clock clock, EventOutbox outbox) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Starts a subscription: trialing for the trial days (the request's, else the plan's), else active;
     * its first period starts now.
     *
     * @throws InvalidInputException on {@code customer_id} or {@code plan_id} when unknown, on
     *                               {@code quantity} when the fee would overflow
     * @throws ConflictException     on {@code plan_id} when the plan's currency is not the customer's
     */
    public Subscription create(Create req, String actor) {
        return jdbi.inTransaction(h -> {
            Customer customer = Customers.find(h, req.customerId())
                    .orElseThrow(
                            () -> InvalidInputException.field("customer_id", "no customer '" + req.customerId() + "'"));
            Plan plan = plan(h, req.planId());
            sameCurrency(plan, customer.currency(), "the customer's");
            Instant now = now();
            int trialDays = req.trialDays() == null ? plan.trialDays() : req.trialDays();
            boolean trial = trialDays > 0;
            Instant trialEnd = trial ? now.plus(Duration.ofDays(trialDays)) : null;
            Instant anchor = trial ? trialEnd : now;
            Instant end = trial ? trialEnd : plan.periodStart(anchor, 1);
            var s = new Subscription(
                    ids.next("sub"),
                    customer.id(),
                    plan.id(),
                    req.quantity(),
                    plan.currency(),
                    trial ? SubscriptionStatus.TRIALING : SubscriptionStatus.ACTIVE,
                    anchor,
                    trial ? -1 : 0,
                    now,
                    end,
                    trialEnd,
                    false,
                    null,
                    null,
                    null,
                    null,
                    now,
                    now);
            SubscriptionStore.insert(h, s);
            startPeriod(h, s, plan, trial ? "trial" : "regular");
            SubscriptionStore.history(
                    h, s.id(), now, actor, "create", null, s.status(), "plan " + plan.id() + " × " + s.quantity());
            outbox.append(h, "subscription.created", s.id(), updated(s, s, "create"));
            return s;
        });
    }

    /** @throws NotFoundException when there is no such subscription */
    public Subscription get(String id) {
        return jdbi.inTransaction(h -> current(h, id));
    }

    /**
     * The subscription with every passed period end applied, locked for the rest of the transaction
     * of {@code h} (for the usage ingest).
     *
     * @throws NotFoundException when there is no such subscription
     */
    public Subscription current(Handle h, String id) {
        Subscription s =
                SubscriptionStore.lock(h, id).orElseThrow(() -> new NotFoundException("no subscription '" + id + "'"));
        return rolledOver(h, s, now());
    }

    /**
     * The subscriptions among {@code ids} that exist, each with every passed period end applied, all
     * locked in id order by one statement for the rest of the transaction of {@code h} (for the usage
     * ingest of a batch, and the invoice run). Ids that name no subscription are absent from the map.
     */
    public Map<String, Subscription> currentAll(Handle h, Collection<String> ids) {
        Map<String, Subscription> out = new LinkedHashMap<>();
        Instant now = now();
        for (Subscription s : SubscriptionStore.lockAll(h, new TreeSet<>(ids))) {
            out.put(s.id(), rolledOver(h, s, now));
        }
        return out;
    }

    /**
     * {@link #currentAll} and {@link #periodsWithoutProrations} of the same ids by one statement (the
     * periods of a subscription rolled over meanwhile read again): for the usage ingest.
     *
     * @param endingAfter only the periods that end after this instant are read (all of them for a
     *                    subscription rolled over meanwhile)
     * @param current     filled with the subscriptions among {@code ids} that exist, each current
     * @param periods     filled with those periods of each of them, oldest first (empty when none)
     */
    public void currentAllWithPeriods(
            Handle h,
            Collection<String> ids,
            Instant endingAfter,
            Map<String, Subscription> current,
            Map<String, List<BillingPeriod>> periods) {
        Instant now = now();
        List<String> rolled = new ArrayList<>();
        for (SubscriptionStore.Locked locked :
                SubscriptionStore.lockAllWithPeriods(h, new TreeSet<>(ids), endingAfter, now)) {
            Subscription c = rolledOver(h, locked.subscription(), now);
            current.put(c.id(), c);
            periods.put(c.id(), locked.periods());
            if (c != locked.subscription()) {
                rolled.add(c.id());
            }
        }
        periods.putAll(SubscriptionStore.periodsOf(h, rolled, now, false));
    }

    private Subscription rolledOver(Handle h, Subscription s, Instant now) {
        while (s.status().running() && !now.isBefore(s.currentPeriodEnd())) {
            s = rollOver(h, s);
        }
        return s;
    }

    /** The running (trialing, active, past due) subscriptions of a customer, current, in the transaction of {@code h}. */
    public List<Subscription> running(Handle h, String customerId) {
        return SubscriptionStore.runningIds(h, customerId).stream()
                .map(id -> current(h, id))
                .filter(s -> s.status().running())
                .toList();
    }

    /** One page of subscriptions (of one customer when {@code customerId} is not null), each current. */
    public Page<Subscription> list(PageRequest page, String customerId) {
        return jdbi.inTransaction(h -> Page.of(SubscriptionStore.pageIds(h, page, customerId), page.limit(), id -> id)
                .map(id -> current(h, id)));
    }

    /**
     * Every period of the subscription with its prorations, oldest first: what an invoice run bills.
     *
     * @throws NotFoundException when there is no such subscription
     */
    public List<BillingPeriod> periods(String id) {
        return jdbi.inTransaction(h -> {
            current(h, id);
            return SubscriptionStore.periods(h, id, now());
        });
    }

    /** A subscription's period, by its start (and its end as stored). */
    public record PeriodRef(String subscriptionId, Instant start, Instant end) {}

    /** The periods of a subscription, oldest first, in the transaction of {@code h} (call {@link #current} first). */
    public List<BillingPeriod> periods(Handle h, String id) {
        return SubscriptionStore.periods(h, id, now());
    }

    /**
     * The periods of each of {@code ids}, oldest first, <em>without</em> their prorations (empty lists),
     * by one statement in the transaction of {@code h}: what usage is assigned to (call
     * {@link #currentAll} first). A subscription without periods is absent from the map.
     */
    public Map<String, List<BillingPeriod>> periodsWithoutProrations(Handle h, Collection<String> ids) {
        return SubscriptionStore.periodsOf(h, ids, now(), false);
    }

    /**
     * The periods of each of {@code ids} with their prorations, oldest first, by two statements in the
     * transaction of {@code h} (call {@link #currentAll} first): what the invoice run bills. A
     * subscription without periods is absent from the map.
     */
    public Map<String, List<BillingPeriod>> periodsOf(Handle h, Collection<String> ids) {
        return SubscriptionStore.periodsOf(h, ids, now(), true);
    }

    /**
     * Changes the plan or quantity, now or at the end of the period (see the class comment).
     *
     * @throws InvalidInputException on {@code plan_id} when unknown or when nothing would change
     * @throws ConflictException     on {@code plan_id} when the plan is in another currency; when the
     *                               subscription is paused, canceled or ended
     */
    public Subscription changePlan(String id, ChangePlan req, String actor) {
        return jdbi.inTransaction(h -> {
            Subscription s = runningOrRefuse(h, id, "change plan");
            Plan plan = plan(h, req.planId());
            sameCurrency(plan, s.currency(), "the subscription's");
            long quantity = req.quantity() == null ? s.quantity() : req.quantity();
            if (plan.id().equals(s.planId()) && quantity == s.quantity()) {
                throw InvalidInputException.field(
                        "plan_id",
                        "is already the subscription's plan at quantity " + quantity
                                + "; give another plan or quantity");
            }
            Plan old = plan(h, s.planId());
            boolean upgrade = feePerSecond(plan, quantity, s.currentPeriodStart())
                            .compareTo(feePerSecond(old, s.quantity(), s.currentPeriodStart()))
                    >= 0;
            Timing timing = req.timing() != null ? req.timing() : upgrade ? Timing.NOW : Timing.PERIOD_END;
            Instant now = now();
            var d = s.draft();
            d.updatedAt = now;
            if (timing == Timing.PERIOD_END) {
                d.pendingChange = new Subscription.PendingChange(plan.id(), quantity, s.currentPeriodEnd());
                return save(
                        h,
                        s,
                        d,
                        actor,
                        "schedule_plan_change",
                        plan.id() + " × " + quantity + " at " + s.currentPeriodEnd());
            }
            d.pendingChange = null;
            d.planId = plan.id();
            d.quantity = quantity;
            if (s.status() == SubscriptionStatus.TRIALING) {
                SubscriptionStore.ratePeriodWith(h, id, s.currentPeriodStart(), plan.id());
                return save(h, s, d, actor, "change_plan", plan.id() + " × " + quantity + " during the trial");
            }
            boolean sameCycle = plan.interval() == old.interval() && plan.intervalCount() == old.intervalCount();
            boolean atPeriodStart = now.equals(s.currentPeriodStart());
            if (req.behavior().prorates() && !(atPeriodStart && !sameCycle)) {
                prorate(h, s, Proration.Kind.CREDIT, old, s.quantity(), req.behavior(), now);
            }
            if (sameCycle) {
                if (req.behavior().prorates()) {
                    prorate(h, s, Proration.Kind.CHARGE, plan, quantity, req.behavior(), now);
                }
                SubscriptionStore.ratePeriodWith(h, id, s.currentPeriodStart(), plan.id());
                return save(
                        h,
                        s,
                        d,
                        actor,
                        "change_plan",
                        plan.id() + " × " + quantity + " now, " + req.behavior().code());
            }
            if (atPeriodStart) {
                // the old plan's period had not begun to run: it is replaced, not cut to nothing
                SubscriptionStore.deletePeriod(h, id, s.currentPeriodStart());
            } else {
                SubscriptionStore.cutPeriod(h, id, s.currentPeriodStart(), now);
            }
            d.billingAnchor = now;
            d.periodIndex = 0;
            d.period(now, plan.periodStart(now, 1));
            Subscription changed =
                    save(h, s, d, actor, "change_plan", plan.id() + " × " + quantity + " now, new billing cycle");
            startPeriod(h, changed, plan, "regular");
            return changed;
        });
    }

    /**
     * Cancels at the end of the current period (default: status {@code ended} then) or now (status
     * {@code canceled}, the unused time of the fee credited unless {@code none} or trialing). A paused
     * subscription is canceled now.
     *
     * @throws ConflictException when already canceled or ended
     */
    public Subscription cancel(String id, Cancel req, String actor) {
        return jdbi.inTransaction(h -> {
            Subscription s = current(h, id);
            if (s.status().isFinal()) {
                throw new ConflictException(
                        "subscription " + id + " is already " + s.status().code());
            }
            Instant now = now();
            var d = s.draft();
            d.updatedAt = now;
            d.canceledAt = now;
            if (req.at() == Timing.PERIOD_END && s.status().running()) {
                d.cancelAtPeriodEnd = true;
                return save(h, s, d, actor, "schedule_cancel", "at " + s.currentPeriodEnd());
            }
            if (s.status().running()) {
                endPeriodNow(h, s, req.behavior(), now);
            }
            d.status = SubscriptionStatus.CANCELED;
            d.endedAt = now;
            d.cancelAtPeriodEnd = false;
            d.pendingChange = null;
            d.period(null, null);
            return save(h, s, d, actor, "cancel", "now, " + req.behavior().code());
        });
    }

    /**
     * Pauses an active subscription now: its period ends now (the unused time credited unless
     * {@code none}); no period runs and no usage is accepted until it is resumed.
     *
     * @throws ConflictException when the subscription is not active
     */
    public Subscription pause(String id, ProrationBehavior behavior, String actor) {
        return jdbi.inTransaction(h -> {
            Subscription s = current(h, id);
            if (s.status() != SubscriptionStatus.ACTIVE) {
                throw new ConflictException("only an active subscription can be paused; " + id + " is "
                        + s.status().code());
            }
            Instant now = now();
            endPeriodNow(h, s, behavior, now);
            var d = s.draft();
            d.updatedAt = now;
            d.status = SubscriptionStatus.PAUSED;
            d.pausedAt = now;
            d.period(null, null);
            return save(h, s, d, actor, "pause", behavior.code());
        });
    }

    /**
     * Resumes a paused subscription: a new billing cycle starts now, billed in full, on the plan a
     * pending change names if any.
     *
     * @throws ConflictException when the subscription is not paused
     */
    public Subscription resume(String id, String actor) {
        return jdbi.inTransaction(h -> {
            Subscription s = current(h, id);
            if (s.status() != SubscriptionStatus.PAUSED) {
                throw new ConflictException("only a paused subscription can be resumed; " + id + " is "
                        + s.status().code());
            }
            Instant now = now();
            var d = s.draft();
            applyPendingChange(d);
            Plan plan = plan(h, d.planId);
            d.updatedAt = now;
            d.status = SubscriptionStatus.ACTIVE;
            d.pausedAt = null;
            d.billingAnchor = now;
            d.periodIndex = 0;
            d.period(now, plan.periodStart(now, 1));
            Subscription resumed = save(h, s, d, actor, "resume", null);
            startPeriod(h, resumed, plan, "regular");
            return resumed;
        });
    }

    /**
     * Active → past due (a payment failed; periods keep running). For the payment and dunning code.
     *
     * @throws ConflictException when the subscription is not active
     */
    public Subscription markPastDue(String id, String actor) {
        return transition(id, SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE, actor, "past_due");
    }

    /**
     * Past due → active (the overdue invoice was paid).
     *
     * @throws ConflictException when the subscription is not past due
     */
    public Subscription recover(String id, String actor) {
        return transition(id, SubscriptionStatus.PAST_DUE, SubscriptionStatus.ACTIVE, actor, "recover");
    }

    private Subscription transition(
            String id, SubscriptionStatus from, SubscriptionStatus to, String actor, String action) {
        return jdbi.inTransaction(h -> {
            Subscription s = current(h, id);
            if (s.status() != from) {
                throw new ConflictException(
                        "subscription " + id + " is " + s.status().code() + ", not " + from.code());
            }
            var d = s.draft();
            d.status = to;
            d.updatedAt = now();
            return save(h, s, d, actor, action, null);
        });
    }

    private Subscription runningOrRefuse(Handle h, String id, String what) {
        Subscription s = current(h, id);
        if (!s.status().running()) {
            throw new ConflictException("a " + s.status().code() + " subscription cannot " + what + "; " + id + " is "
                    + s.status().code());
        }
        return s;
    }

    /** Applies the end of the current period: the next one starts, or the subscription ends. */
    private Subscription rollOver(Handle h, Subscription s) {
        Instant end = s.currentPeriodEnd();
        var d = s.draft();
        d.updatedAt = end;
        if (s.cancelAtPeriodEnd()) {
            d.status = SubscriptionStatus.ENDED;
            d.endedAt = end;
            d.period(null, null);
            return save(h, s, d, SYSTEM, "end", "as scheduled");
        }
        Plan before = plan(h, s.planId());
        applyPendingChange(d);
        d.status = s.status() == SubscriptionStatus.TRIALING ? SubscriptionStatus.ACTIVE : s.status();
        Plan plan = plan(h, d.planId);
        if (plan.interval() != before.interval() || plan.intervalCount() != before.intervalCount()) {
            d.billingAnchor = end;
            d.periodIndex = 0;
        } else {
            d.periodIndex = s.periodIndex() + 1;
        }
        d.period(end, plan.periodStart(d.billingAnchor, d.periodIndex + 1));
        Subscription next = save(h, s, d, SYSTEM, "period_start", "period " + d.periodIndex);
        startPeriod(h, next, plan, "regular");
        return next;
    }

    private static void applyPendingChange(Subscription.Draft d) {
        if (d.pendingChange != null) {
            d.planId = d.pendingChange.planId();
            d.quantity = d.pendingChange.quantity();
            d.pendingChange = null;
        }
    }

    /** Ends the current period now, crediting its unused time unless {@code none} or a trial. */
    private void endPeriodNow(Handle h, Subscription s, ProrationBehavior behavior, Instant now) {
        if (behavior.prorates() && s.status() != SubscriptionStatus.TRIALING) {
            prorate(h, s, Proration.Kind.CREDIT, plan(h, s.planId()), s.quantity(), behavior, now);
        }
        SubscriptionStore.cutPeriod(h, s.id(), s.currentPeriodStart(), now);
    }

    private void prorate(
            Handle h,
            Subscription s,
            Proration.Kind kind,
            Plan plan,
            long quantity,
            ProrationBehavior behavior,
            Instant now) {
        Money fee = fee(plan, quantity);
        Proration.Line line = Proration.of(kind, fee, s.currentPeriodStart(), s.currentPeriodEnd(), now);
        SubscriptionStore.insertProration(
                h,
                new ProrationRecord(
                        ids.next("pro"),
                        s.id(),
                        s.currentPeriodStart(),
                        kind,
                        plan.id(),
                        quantity,
                        line.amount().minor(),
                        fee.currency().code(),
                        behavior,
                        behavior == ProrationBehavior.ALWAYS_INVOICE,
                        line.trace(),
                        now));
    }

    private static void startPeriod(Handle h, Subscription s, Plan plan, String kind) {
        long fee = kind.equals("trial") ? 0 : fee(plan, s.quantity()).minor();
        SubscriptionStore.insertPeriod(
                h,
                new BillingPeriod(
                        s.id(),
                        s.currentPeriodStart(),
                        s.currentPeriodEnd(),
                        kind,
                        plan.id(),
                        s.quantity(),
                        fee,
                        plan.currency(),
                        plan.id(),
                        false,
                        List.of()));
    }

    private Subscription save(
            Handle h, Subscription before, Subscription.Draft d, String actor, String action, String detail) {
        Subscription after = d.build();
        SubscriptionStore.update(h, after);
        SubscriptionStore.history(
                h, after.id(), after.updatedAt(), actor, action, before.status(), after.status(), detail);
        if (!action.equals("period_start")
                || before.status() != after.status()
                || !before.planId().equals(after.planId())
                || before.quantity() != after.quantity()) {
            outbox.append(h, "subscription.updated", after.id(), updated(before, after, action));
        }
        return after;
    }

    /** What {@code subscription.updated} carries: the change, the status before and after, plan and schedule. */
    private static Map<String, Object> updated(Subscription before, Subscription after, String action) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subscription_id", after.id());
        m.put("customer_id", after.customerId());
        m.put("action", action);
        m.put("previous_status", before.status().code());
        m.put("status", after.status().code());
        m.put("plan_id", after.planId());
        m.put("quantity", after.quantity());
        m.put("cancel_at_period_end", after.cancelAtPeriodEnd());
        m.put(
                "current_period_start",
                after.currentPeriodStart() == null
                        ? null
                        : after.currentPeriodStart().toString());
        m.put(
                "current_period_end",
                after.currentPeriodEnd() == null
                        ? null
                        : after.currentPeriodEnd().toString());
        return m;
    }

    private static Money fee(Plan plan, long quantity) {
        try {
            return plan.periodFee(quantity);
        } catch (MoneyOverflowException e) {
            throw InvalidInputException.field(
                    "quantity", quantity + " makes the fee of plan " + plan.id() + " overflow");
        }
    }

    /** The fee per second as a fraction compared by cross-multiplying: fee × 10^9 / seconds of a nominal period. */
    private static BigInteger feePerSecond(Plan plan, long quantity, Instant from) {
        long seconds = Duration.between(from, plan.periodStart(from, 1)).toSeconds();
        return BigInteger.valueOf(fee(plan, quantity).minor())
                .multiply(BigInteger.TEN.pow(12))
                .divide(BigInteger.valueOf(seconds));
    }

    private Plan plan(Handle h, String id) {
        return catalogue.plan(h, id).orElseThrow(() -> InvalidInputException.field("plan_id", "no plan '" + id + "'"));
    }

    private static void sameCurrency(Plan plan, String currency, String whose) {
        if (!plan.currency().equals(currency)) {
            throw new ConflictException(
                    "plan " + plan.id() + " is priced in " + plan.currency() + ", " + whose + " currency is "
                            + currency,
                    List.of(new Violation(
                            "plan_id",
                            "must be a plan in " + currency + "; " + plan.id() + " is in " + plan.currency())));
        }
    }
}
