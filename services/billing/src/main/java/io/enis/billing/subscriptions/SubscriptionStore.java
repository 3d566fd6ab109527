package io.enis.billing.subscriptions;

import io.enis.billing.store.JsonColumn;
import io.enis.billing.store.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** The SQL of subscriptions, their periods, prorations and history; every method runs in the caller's transaction. */
final class SubscriptionStore {
    private static final String COLUMNS =
            "id, customer_id, plan_id, quantity, currency, status, billing_anchor, period_index, "
                    + "current_period_start, current_period_end, trial_end, cancel_at_period_end, canceled_at, ended_at, paused_at, "
                    + "pending_plan_id, pending_quantity, pending_at, created_at, updated_at";

    private SubscriptionStore() {}

    static void insert(Handle h, Subscription s) {
        bind(
                        h.createUpdate("insert into subscriptions (" + COLUMNS
                                + ") values (:id, :customer_id, :plan_id, :quantity, "
                                + ":currency, :status, :billing_anchor, :period_index, :current_period_start, :current_period_end, :trial_end, "
                                + ":cancel_at_period_end, :canceled_at, :ended_at, :paused_at, :pending_plan_id, :pending_quantity, :pending_at, "
                                + ":created_at, :updated_at)"),
                        s)
                .execute();
    }

    static void update(Handle h, Subscription s) {
        bind(
                        h.createUpdate(
                                "update subscriptions set plan_id = :plan_id, quantity = :quantity, status = :status, "
                                        + "billing_anchor = :billing_anchor, period_index = :period_index, current_period_start = :current_period_start, "
                                        + "current_period_end = :current_period_end, trial_end = :trial_end, cancel_at_period_end = :cancel_at_period_end, "
                                        + "canceled_at = :canceled_at, ended_at = :ended_at, paused_at = :paused_at, pending_plan_id = :pending_plan_id, "
                                        + "pending_quantity = :pending_quantity, pending_at = :pending_at, updated_at = :updated_at where id = :id"),
                        s)
                .execute();
    }

    private static Update bind(Update u, Subscription s) {
        var pending = Optional.ofNullable(s.pendingChange());
        return u.bind("id", s.id())
                .bind("customer_id", s.customerId())
                .bind("plan_id", s.planId())
                .bind("quantity", s.quantity())
                .bind("currency", s.currency())
                .bind("status", s.status().name())
                .bind("billing_anchor", millis(s.billingAnchor()))
                .bind("period_index", s.periodIndex())
                .bind("current_period_start", millis(s.currentPeriodStart()))
                .bind("current_period_end", millis(s.currentPeriodEnd()))
                .bind("trial_end", millis(s.trialEnd()))
                .bind("cancel_at_period_end", s.cancelAtPeriodEnd())
                .bind("canceled_at", millis(s.canceledAt()))
                .bind("ended_at", millis(s.endedAt()))
                .bind("paused_at", millis(s.pausedAt()))
                .bind(
                        "pending_plan_id",
                        pending.map(Subscription.PendingChange::planId).orElse(null))
                .bind(
                        "pending_quantity",
                        pending.map(Subscription.PendingChange::quantity).orElse(null))
                .bind(
                        "pending_at",
                        millis(pending.map(Subscription.PendingChange::effectiveAt)
                                .orElse(null)))
                .bind("created_at", millis(s.createdAt()))
                .bind("updated_at", millis(s.updatedAt()));
    }

    /** The subscription, locked for the rest of the transaction. */
    static Optional<Subscription> lock(Handle h, String id) {
        return h.createQuery("select " + COLUMNS + " from subscriptions where id = :id for update")
                .bind("id", id)
                .map((rs, c) -> row(rs))
                .findOne();
    }

    /**
     * The subscriptions among {@code ids} that exist, locked for the rest of the transaction in id order
     * (one statement; callers that lock several rows in a sorted order cannot deadlock each other).
     */
    static List<Subscription> lockAll(Handle h, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("select " + COLUMNS + " from subscriptions where id in (<ids>) order by id for update")
                .bindList("ids", List.copyOf(ids))
                .map((rs, c) -> row(rs))
                .list();
    }

    /** A subscription as locked, with its periods. */
    record Locked(Subscription subscription, List<BillingPeriod> periods) {}

    /**
     * {@link #lockAll} and the periods of each (without prorations, oldest first) by one statement:
     * the subscriptions among {@code ids} that exist, locked in id order, each with its periods that end
     * after {@code endingAfter} (an empty list when none does). One round trip instead of two for the
     * usage ingest, whose rows do not grow with a subscription's age.
     */
    static List<Locked> lockAllWithPeriods(Handle h, Collection<String> ids, Instant endingAfter, Instant now) {
        List<Locked> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<String, List<BillingPeriod>> byId = new HashMap<>();
        h.createQuery(
                        "select s." + COLUMNS.replace(", ", ", s.") + ", p.period_start, " + PERIOD_COLUMNS
                                + " from subscriptions s left join subscription_periods p on p.subscription_id = s.id"
                                + " and p.period_end > :after where s.id in (<ids>) order by s.id, p.period_start for update of s")
                .bindList("ids", List.copyOf(ids))
                .bind("after", endingAfter.toEpochMilli())
                .map((rs, c) -> {
                    String id = rs.getString("id");
                    List<BillingPeriod> periods = byId.get(id);
                    if (periods == null) {
                        periods = new ArrayList<>();
                        byId.put(id, periods);
                        out.add(new Locked(row(rs), periods));
                    }
                    rs.getLong("period_start");
                    if (!rs.wasNull()) {
                        periods.add(period(rs, id, now, List.of()));
                    }
                    return id;
                })
                .forEach(id -> {});
        return out;
    }

    /** Ids of one page of subscriptions, of one customer when {@code customerId} is given. */
    static List<String> pageIds(Handle h, PageRequest page, String customerId) {
        return h.createQuery("select id from subscriptions where id > :after"
                        + (customerId == null ? "" : " and customer_id = :customer") + " order by id limit :n")
                .bind("after", page.after())
                .bind("customer", customerId)
                .bind("n", page.limit() + 1)
                .mapTo(String.class)
                .list();
    }

    /** The subscriptions of {@code customerId} that are running (trialing, active, past due). */
    static List<String> runningIds(Handle h, String customerId) {
        return h.createQuery(
                        "select id from subscriptions where customer_id = :customer and status in ('TRIALING', 'ACTIVE', 'PAST_DUE') "
                                + "order by id")
                .bind("customer", customerId)
                .mapTo(String.class)
                .list();
    }

    static void insertPeriod(Handle h, BillingPeriod p) {
        h.createUpdate(
                        "insert into subscription_periods (subscription_id, period_start, period_end, kind, plan_id, quantity, "
                                + "fee_minor, currency, rating_plan_id) values (:sub, :start, :end, :kind, :plan, :quantity, :fee, :currency, :plan)")
                .bind("sub", p.subscriptionId())
                .bind("start", millis(p.start()))
                .bind("end", millis(p.end()))
                .bind("kind", p.kind())
                .bind("plan", p.planId())
                .bind("quantity", p.quantity())
                .bind("fee", p.feeMinor())
                .bind("currency", p.currency())
                .execute();
    }

    /** Ends the period that starts at {@code start} at {@code end} instead of its planned end. */
    static void cutPeriod(Handle h, String subscriptionId, Instant start, Instant end) {
        h.createUpdate(
                        "update subscription_periods set period_end = :end where subscription_id = :sub and period_start = :start")
                .bind("end", millis(end))
                .bind("sub", subscriptionId)
                .bind("start", millis(start))
                .execute();
    }

    /** Removes a period that had not begun to run (replaced by another starting at the same instant). */
    static void deletePeriod(Handle h, String subscriptionId, Instant start) {
        h.createUpdate("delete from subscription_periods where subscription_id = :sub and period_start = :start")
                .bind("sub", subscriptionId)
                .bind("start", millis(start))
                .execute();
    }

    /** The plan the period's usage is rated with, after a change within it. */
    static void ratePeriodWith(Handle h, String subscriptionId, Instant start, String planId) {
        h.createUpdate(
                        "update subscription_periods set rating_plan_id = :plan where subscription_id = :sub and period_start = :start")
                .bind("plan", planId)
                .bind("sub", subscriptionId)
                .bind("start", millis(start))
                .execute();
    }

    /** Every period of the subscription, oldest first, with their prorations. */
    static List<BillingPeriod> periods(Handle h, String subscriptionId, Instant now) {
        List<ProrationRecord> prorations = prorations(h, subscriptionId);
        return h.createQuery("select period_start, " + PERIOD_COLUMNS
                        + " from subscription_periods p where subscription_id = :sub order by period_start")
                .bind("sub", subscriptionId)
                .map((rs, c) -> period(rs, subscriptionId, now, prorations))
                .list();
    }

    /**
     * The periods of each of {@code subscriptionIds}, oldest first, in one statement (two with
     * {@code withProrations}; without, every period's prorations are an empty list: what usage ingest
     * needs). A subscription without periods is absent from the map.
     */
    static Map<String, List<BillingPeriod>> periodsOf(
            Handle h, Collection<String> subscriptionIds, Instant now, boolean withProrations) {
        Map<String, List<BillingPeriod>> out = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return out;
        }
        List<String> ids = List.copyOf(subscriptionIds);
        Map<String, List<ProrationRecord>> prorations = new HashMap<>();
        if (withProrations) {
            prorations(h.createQuery("select * from subscription_prorations where subscription_id in (<ids>) "
                                    + PRORATION_ORDER)
                            .bindList("ids", ids))
                    .forEach(p -> prorations
                            .computeIfAbsent(p.subscriptionId(), k -> new ArrayList<>())
                            .add(p));
        }
        h.createQuery("select subscription_id, period_start, " + PERIOD_COLUMNS
                        + " from subscription_periods p where subscription_id in (<ids>) "
                        + "order by subscription_id, period_start")
                .bindList("ids", ids)
                .map((rs, c) -> {
                    String sub = rs.getString("subscription_id");
                    return period(rs, sub, now, prorations.getOrDefault(sub, List.of()));
                })
                .forEach(p -> out.computeIfAbsent(p.subscriptionId(), k -> new ArrayList<>())
                        .add(p));
        return out;
    }

    /** What {@link #period} reads besides {@code period_start}, from {@code subscription_periods p}. */
    private static final String PERIOD_COLUMNS = "p.period_end, p.kind, p.plan_id as period_plan_id, "
            + "p.quantity as period_quantity, p.fee_minor, p.currency as period_currency, p.rating_plan_id";

    private static BillingPeriod period(
            ResultSet rs, String subscriptionId, Instant now, List<ProrationRecord> prorations) throws SQLException {
        Instant start = Instant.ofEpochMilli(rs.getLong("period_start"));
        Instant end = Instant.ofEpochMilli(rs.getLong("period_end"));
        return new BillingPeriod(
                subscriptionId,
                start,
                end,
                rs.getString("kind"),
                rs.getString("period_plan_id"),
                rs.getLong("period_quantity"),
                rs.getLong("fee_minor"),
                rs.getString("period_currency"),
                rs.getString("rating_plan_id"),
                !now.isBefore(end),
                prorations.stream().filter(p -> p.periodStart().equals(start)).toList());
    }

    static void insertProration(Handle h, ProrationRecord p) {
        h.createUpdate(
                        "insert into subscription_prorations (id, subscription_id, period_start, kind, plan_id, quantity, amount_minor, "
                                + "currency, behavior, invoice_now, trace, created_at) values (:id, :sub, :start, :kind, :plan, :quantity, :amount, "
                                + ":currency, :behavior, :now, :trace, :at)")
                .bind("id", p.id())
                .bind("sub", p.subscriptionId())
                .bind("start", millis(p.periodStart()))
                .bind("kind", p.kind().name())
                .bind("plan", p.planId())
                .bind("quantity", p.quantity())
                .bind("amount", p.amountMinor())
                .bind("currency", p.currency())
                .bind("behavior", p.behavior().name())
                .bind("now", p.invoiceNow())
                .bind("trace", JsonColumn.write(p.trace()))
                .bind("at", millis(p.createdAt()))
                .execute();
    }

    private static final String PRORATION_ORDER =
            "order by created_at, case when kind = 'CREDIT' then 0 else 1 end, id";

    static List<ProrationRecord> prorations(Handle h, String subscriptionId) {
        return prorations(
                h.createQuery("select * from subscription_prorations where subscription_id = :sub " + PRORATION_ORDER)
                        .bind("sub", subscriptionId));
    }

    private static List<ProrationRecord> prorations(Query query) {
        return query.map((rs, c) -> new ProrationRecord(
                        rs.getString("id"),
                        rs.getString("subscription_id"),
                        Instant.ofEpochMilli(rs.getLong("period_start")),
                        Proration.Kind.valueOf(rs.getString("kind")),
                        rs.getString("plan_id"),
                        rs.getLong("quantity"),
                        rs.getLong("amount_minor"),
                        rs.getString("currency"),
                        ProrationBehavior.valueOf(rs.getString("behavior")),
                        rs.getBoolean("invoice_now"),
                        JsonColumn.read(rs.getString("trace"), ProrationTrace.class),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    /** Appends to the audit trail: who asked (the API key id, or {@code system}), what, from which status to which. */
    static void history(
            Handle h,
            String subscriptionId,
            Instant at,
            String actor,
            String action,
            SubscriptionStatus from,
            SubscriptionStatus to,
            String detail) {
        h.createUpdate(
                        "insert into subscription_history (subscription_id, at, actor, action, from_status, to_status, detail) "
                                + "values (:sub, :at, :actor, :action, :from, :to, :detail)")
                .bind("sub", subscriptionId)
                .bind("at", millis(at))
                .bind("actor", actor)
                .bind("action", action)
                .bind("from", from == null ? null : from.name())
                .bind("to", to.name())
                .bind("detail", detail)
                .execute();
    }

    private static Subscription row(ResultSet rs) throws SQLException {
        String pendingPlan = rs.getString("pending_plan_id");
        return new Subscription(
                rs.getString("id"),
                rs.getString("customer_id"),
                rs.getString("plan_id"),
                rs.getLong("quantity"),
                rs.getString("currency"),
                SubscriptionStatus.valueOf(rs.getString("status")),
                instant(rs, "billing_anchor"),
                rs.getLong("period_index"),
                instant(rs, "current_period_start"),
                instant(rs, "current_period_end"),
                instant(rs, "trial_end"),
                rs.getBoolean("cancel_at_period_end"),
                instant(rs, "canceled_at"),
                instant(rs, "ended_at"),
                instant(rs, "paused_at"),
                pendingPlan == null
                        ? null
                        : new Subscription.PendingChange(
                                pendingPlan, rs.getLong("pending_quantity"), instant(rs, "pending_at")),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
