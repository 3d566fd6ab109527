package io.enis.billing.discounts;

import io.enis.billing.invoices.AppliedCoupon;
import io.enis.billing.invoices.Coupon;
import io.enis.billing.store.Ids;
import io.enis.billing.subscriptions.Subscription;
import io.enis.billing.subscriptions.SubscriptionStatus;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.events.EventOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Coupons applied to subscriptions (table {@code subscription_discounts}) and what they discount.
 *
 * <p>A coupon applied while a period runs discounts that period's invoice first (the first invoice
 * after redemption: a period is invoiced once it has ended); applied during a trial, the first
 * regular period's. From there {@code once} discounts one invoice, {@code repeating} the invoices of
 * {@code duration_periods} regular periods, {@code forever} every one. Several coupons stack, in
 * the order they were applied (see {@link io.enis.billing.invoices.InvoiceTotals}); each leaves a
 * {@code discount} adjustment with its formula on every line it reduces. Applying one is announced as
 * {@code discount.created} in its transaction.
 */
public final class Discounts {
    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final EventOutbox outbox;

    /** Discounts that announce nothing ({@link EventOutbox#disabled()}). */
    public Discounts(Jdbi jdbi, Ids ids, Clock clock, Subscriptions subscriptions) {
        this(jdbi, ids, clock, subscriptions, EventOutbox.disabled());
    }

    /** @param outbox receives {@code discount.created} in the transaction that applies a coupon */
    public Discounts(Jdbi jdbi, Ids ids, Clock clock, Subscriptions subscriptions, EventOutbox outbox) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * Applies a coupon to a running subscription, in one transaction with the subscription locked;
     * the coupon's {@code times_redeemed} is raised by a conditional update, so concurrent
     * redemptions never pass {@code max_redemptions}.
     *
     * @throws io.enis.kit.domain.NotFoundException no such subscription
     * @throws InvalidInputException  on {@code coupon_id} when there is no such coupon
     * @throws UnprocessableException {@code coupon-expired} on {@code coupon_id} after its {@code redeem_by}
     * @throws ConflictException      on {@code coupon_id}: already applied to the subscription, redeemed
     *                                {@code max_redemptions} times, or an amount in another currency than
     *                                the subscription's; on {@code status} when the subscription is not running
     */
    public Discount apply(String subscriptionId, String couponId, String actor) {
        return jdbi.inTransaction(h -> {
            Subscription s = subscriptions.current(h, subscriptionId);
            if (!s.status().running()) {
                throw new ConflictException(
                        "subscription " + subscriptionId + " is " + s.status().code()
                                + "; coupons apply to running ones",
                        List.of(new Violation(
                                "status", "is " + s.status().code() + "; allowed: trialing, active, past_due")));
            }
            StoredCoupon coupon = Coupons.find(h, couponId)
                    .orElseThrow(() -> InvalidInputException.field("coupon_id", "no coupon '" + couponId + "'"));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            if (coupon.redeemBy() != null && now.isAfter(coupon.redeemBy())) {
                throw new UnprocessableException(
                        "coupon-expired",
                        "Coupon expired",
                        "coupon " + couponId + " could be redeemed until " + coupon.redeemBy(),
                        List.of(new Violation(
                                "coupon_id",
                                "expired at " + coupon.redeemBy() + "; allowed: a coupon not yet expired")));
            }
            if (coupon.currency() != null && !coupon.currency().equals(s.currency())) {
                throw conflict(
                        "coupon " + couponId + " takes " + coupon.amountOffMinor() + " minor units of "
                                + coupon.currency() + " off; subscription " + subscriptionId + " is billed in "
                                + s.currency(),
                        "is an amount in " + coupon.currency() + "; allowed: a percent_off coupon or an amount in "
                                + s.currency());
            }
            boolean applied = h.createQuery(
                                    "select count(*) from subscription_discounts where subscription_id = :sub and coupon_id = :coupon")
                            .bind("sub", subscriptionId)
                            .bind("coupon", couponId)
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (applied) {
                throw conflict(
                        "coupon " + couponId + " is already applied to subscription " + subscriptionId,
                        "is already applied to " + subscriptionId + "; allowed: a coupon not applied yet");
            }
            int taken = h.createUpdate("""
                            update coupons set times_redeemed = times_redeemed + 1
                            where id = :id and (max_redemptions is null or times_redeemed < max_redemptions)""").bind("id", couponId).execute();
            if (taken == 0) {
                throw conflict(
                        "coupon " + couponId + " was redeemed its " + coupon.maxRedemptions() + " times",
                        "has no redemption left (max_redemptions " + coupon.maxRedemptions() + ")");
            }
            Instant first = s.status() == SubscriptionStatus.TRIALING ? s.currentPeriodEnd() : s.currentPeriodStart();
            Discount d = new Discount(
                    ids.next("dsc"), subscriptionId, Coupons.find(h, couponId).orElseThrow(), first, now);
            h.createUpdate("""
                            insert into subscription_discounts (id, subscription_id, coupon_id, first_period_start, actor, created_at)
                            values (:id, :sub, :coupon, :first, :actor, :at)""")
                    .bind("id", d.id())
                    .bind("sub", subscriptionId)
                    .bind("coupon", couponId)
                    .bind("first", first.toEpochMilli())
                    .bind("actor", actor)
                    .bind("at", now.toEpochMilli())
                    .execute();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("discount_id", d.id());
            data.put("subscription_id", subscriptionId);
            data.put("customer_id", s.customerId());
            data.put("first_period_start", first.toString());
            data.put("coupon", Coupons.event(d.coupon()));
            outbox.append(h, "discount.created", d.id(), data);
            return d;
        });
    }

    /**
     * The subscription's discounts, oldest first.
     *
     * @throws io.enis.kit.domain.NotFoundException no such subscription
     */
    public List<Discount> list(String subscriptionId) {
        return jdbi.inTransaction(h -> {
            subscriptions.current(h, subscriptionId);
            return discounts(h, subscriptionId);
        });
    }

    /**
     * The coupons that bear on an invoice of the subscription's period starting at
     * {@code periodStart} — the period's own invoice, or an immediate ({@code always_invoice}) invoice
     * of that period's changes — in the transaction of {@code h}: each discount whose first period
     * starts no later, with how many regular periods lie between ({@link AppliedCoupon#periodIndex()}),
     * so both kinds of invoice count a coupon's duration in the same periods. A {@code once} coupon is
     * consumed by the first invoice that took it: when another invoice of the subscription (any billing
     * key but {@code billingKey}) did, {@link AppliedCoupon#consumedBy()} names it.
     * {@link AppliedCoupon#active()} tells whether the coupon discounts this invoice.
     */
    public static List<AppliedCoupon> applied(Handle h, String subscriptionId, Instant periodStart, String billingKey) {
        return discounts(h, subscriptionId).stream()
                .filter(d -> !d.firstPeriodStart().isAfter(periodStart))
                .map(d -> {
                    Coupon coupon = d.coupon().coupon();
                    int index = h.createQuery("""
                                    select count(*) from subscription_periods where subscription_id = :sub and kind <> 'trial'
                                      and period_start >= :first and period_start < :start""")
                            .bind("sub", subscriptionId)
                            .bind("first", d.firstPeriodStart().toEpochMilli())
                            .bind("start", periodStart.toEpochMilli())
                            .mapTo(Integer.class)
                            .one();
                    String consumedBy = coupon.duration() == Coupon.Duration.ONCE && coupon.appliesTo(index)
                            ? consumedBy(h, subscriptionId, coupon.id(), billingKey)
                            : null;
                    return new AppliedCoupon(coupon, index, consumedBy);
                })
                .toList();
    }

    /** The invoice of the subscription, other than the one of {@code billingKey}, that took the coupon, if any. */
    private static String consumedBy(Handle h, String subscriptionId, String couponId, String billingKey) {
        return h.createQuery("""
                        select invoice_id from invoice_coupons where coupon_id = :coupon and billing_key like :prefix
                          and billing_key <> :key order by invoice_id""")
                .bind("coupon", couponId)
                .bind("prefix", subscriptionId + "/%")
                .bind("key", billingKey)
                .mapTo(String.class)
                .findFirst()
                .orElse(null);
    }

    private static List<Discount> discounts(Handle h, String subscriptionId) {
        return h.createQuery("""
                        select d.id as discount_id, d.first_period_start, d.created_at as applied_at, c.*
                        from subscription_discounts d join coupons c on c.id = d.coupon_id
                        where d.subscription_id = :sub order by d.seq""")
                .bind("sub", subscriptionId)
                .map((rs, c) -> new Discount(
                        rs.getString("discount_id"),
                        subscriptionId,
                        Coupons.row(rs),
                        Instant.ofEpochMilli(rs.getLong("first_period_start")),
                        Instant.ofEpochMilli(rs.getLong("applied_at"))))
                .list();
    }

    private static ConflictException conflict(String detail, String violation) {
        return new ConflictException(detail, List.of(new Violation("coupon_id", violation)));
    }
}
