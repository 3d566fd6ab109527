package io.enis.billing.discounts;

import io.enis.billing.store.Ids;
import io.enis.billing.store.Page;
import io.enis.billing.store.PageRequest;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.events.EventOutbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Coupons (table {@code coupons}): create, read, list. Redeeming one is {@link Discounts#apply}. A new
 * coupon is announced as {@code coupon.created} in the transaction that stores it.
 */
public final class Coupons {
    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final EventOutbox outbox;

    /** Coupons that announce nothing ({@link EventOutbox#disabled()}). */
    public Coupons(Jdbi jdbi, Ids ids, Clock clock) {
        this(jdbi, ids, clock, EventOutbox.disabled());
    }

    /** @param outbox receives {@code coupon.created} */
    public Coupons(Jdbi jdbi, Ids ids, Clock clock, EventOutbox outbox) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Stores a new coupon, never redeemed yet, and announces it. */
    public StoredCoupon create(CouponInput in) {
        var c = in.coupon();
        StoredCoupon stored = new StoredCoupon(
                ids.next("cpn"),
                in.name(),
                c.percentOff() == null ? null : c.percentOff().toPlainString(),
                c.amountOff() == null ? null : c.amountOff().minor(),
                c.amountOff() == null ? null : c.amountOff().currency().code(),
                c.duration().name().toLowerCase(Locale.ROOT),
                c.durationPeriods(),
                in.maxRedemptions(),
                0,
                in.redeemBy(),
                Instant.ofEpochMilli(clock.millis()));
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                        insert into coupons (id, name, percent_off, amount_off_minor, currency, duration, duration_periods,
                          max_redemptions, times_redeemed, redeem_by, created_at)
                        values (:id, :name, :percent, :amount, :currency, :duration, :periods, :max, 0, :redeemBy, :at)""")
                    .bind("id", stored.id())
                    .bind("name", stored.name())
                    .bind("percent", stored.percentOff())
                    .bind("amount", stored.amountOffMinor())
                    .bind("currency", stored.currency())
                    .bind("duration", stored.duration())
                    .bind("periods", stored.durationPeriods())
                    .bind("max", stored.maxRedemptions())
                    .bind(
                            "redeemBy",
                            stored.redeemBy() == null ? null : stored.redeemBy().toEpochMilli())
                    .bind("at", stored.createdAt().toEpochMilli())
                    .execute();
            outbox.append(h, "coupon.created", stored.id(), event(stored));
        });
        return stored;
    }

    /** What {@code coupon.created} carries: the coupon's terms. */
    static Map<String, Object> event(StoredCoupon c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("coupon_id", c.id());
        data.put("name", c.name());
        data.put("percent_off", c.percentOff());
        data.put("amount_off_minor", c.amountOffMinor());
        data.put("currency", c.currency());
        data.put("duration", c.duration());
        data.put("duration_periods", c.durationPeriods());
        data.put("max_redemptions", c.maxRedemptions());
        data.put("times_redeemed", c.timesRedeemed());
        data.put("redeem_by", c.redeemBy() == null ? null : c.redeemBy().toString());
        return data;
    }

    /** @throws NotFoundException when there is no such coupon */
    public StoredCoupon get(String id) {
        return jdbi.withHandle(h -> find(h, id)).orElseThrow(() -> new NotFoundException("no coupon '" + id + "'"));
    }

    public Page<StoredCoupon> list(PageRequest page) {
        return Page.of(
                jdbi.withHandle(h -> h.createQuery("select * from coupons where id > :after order by id limit :n")
                        .bind("after", page.after())
                        .bind("n", page.limit() + 1)
                        .map((rs, c) -> row(rs))
                        .list()),
                page.limit(),
                StoredCoupon::id);
    }

    static Optional<StoredCoupon> find(Handle h, String id) {
        return h.createQuery("select * from coupons where id = :id")
                .bind("id", id)
                .map((rs, c) -> row(rs))
                .findOne();
    }

    static StoredCoupon row(ResultSet rs) throws SQLException {
        long amount = rs.getLong("amount_off_minor");
        Long amountOff = rs.wasNull() ? null : amount;
        int max = rs.getInt("max_redemptions");
        Integer maxRedemptions = rs.wasNull() ? null : max;
        long by = rs.getLong("redeem_by");
        Instant redeemBy = rs.wasNull() ? null : Instant.ofEpochMilli(by);
        return new StoredCoupon(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("percent_off"),
                amountOff,
                rs.getString("currency"),
                rs.getString("duration"),
                rs.getInt("duration_periods"),
                maxRedemptions,
                rs.getInt("times_redeemed"),
                redeemBy,
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
