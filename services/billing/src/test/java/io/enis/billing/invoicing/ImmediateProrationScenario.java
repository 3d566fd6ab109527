package io.enis.billing.invoicing;

import io.enis.billing.catalogue.CustomerInput;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.Plans;
import io.enis.billing.catalogue.Products;
import io.enis.billing.discounts.CouponInput;
import io.enis.billing.discounts.Coupons;
import io.enis.billing.discounts.Discounts;
import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.InvoiceNumbering;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.store.Ids;
import io.enis.billing.subscriptions.SubscriptionRequests;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.json.Json;
import io.enis.kit.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The race of an immediate {@code always_invoice} invoice and its period's invoice: a subscription of
 * basic (10.00 EUR a month from 2026-01-01, the customer taxed {@code taxRates}) with a {@code once}
 * coupon when {@code couponPercent} is given, changed to pro (30.00 EUR) with {@code always_invoice}
 * on 2026-01-10, and at 2026-02-01T02:00 its immediate invoice and its first period's invoice rated,
 * neither written: both hold the proration lines (and the coupon).
 */
record ImmediateProrationScenario(
        String sub,
        String coupon,
        Subscriptions subscriptions,
        SubscriptionBilling billing,
        InvoiceStore invoices,
        BillingInput immediate,
        BillingInput period) {
    static final Instant PERIOD_START = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * @param clock         set to 2026-01-01 first; left at 2026-02-01T02:00
     * @param couponPercent the {@code once} coupon's percent off; {@code null}: no coupon
     * @param taxRates      the customer's {@code tax_rates} as JSON, {@code []} for none
     */
    static ImmediateProrationScenario create(Jdbi jdbi, MutableClock clock, String couponPercent, String taxRates) {
        clock.set(PERIOD_START);
        var ids = new Ids(clock);
        String product = new Products(jdbi, ids, clock)
                .create(json("{\"name\": \"API\"}"))
                .id();
        var plans = new Plans(jdbi, ids, clock);
        String plan = "{\"code\": \"%s\", \"name\": \"%s\", \"product_id\": \"" + product
                + "\", \"currency\": \"EUR\", \"interval\": \"month\", \"fee\": {\"model\": \"flat\", \"amount\": %d}}";
        String basic =
                plans.create(json(plan.formatted("basic", "Basic", 1000))).id();
        String pro = plans.create(json(plan.formatted("pro", "Pro", 3000))).id();
        String customer = new Customers(jdbi, ids, clock)
                .create(CustomerInput.read(
                        json("{\"name\": \"C\", \"currency\": \"EUR\", \"tax_rates\": " + taxRates + "}")))
                .id();
        var subscriptions = new Subscriptions(jdbi, ids, clock);
        String sub = subscriptions
                .create(
                        SubscriptionRequests.Create.read(
                                json("{\"customer_id\": \"" + customer + "\", \"plan_id\": \"" + basic + "\"}")),
                        "t")
                .id();
        String coupon = null;
        if (couponPercent != null) {
            coupon = new Coupons(jdbi, ids, clock)
                    .create(CouponInput.read(json("{\"name\": \"Launch\", \"percent_off\": \"" + couponPercent
                            + "\", \"duration\": \"once\"}")))
                    .id();
            new Discounts(jdbi, ids, clock, subscriptions).apply(sub, coupon, "t");
        }
        var billing = new SubscriptionBilling(jdbi, subscriptions);
        var invoices = new InvoiceStore(jdbi, clock, InvoiceNumbering.DEFAULT);
        clock.set(Instant.parse("2026-01-10T00:00:00Z"));
        subscriptions.changePlan(
                sub,
                SubscriptionRequests.ChangePlan.read(
                        json("{\"plan_id\": \"" + pro + "\", \"proration_behavior\": \"always_invoice\"}")),
                "t");
        clock.set(Instant.parse("2026-02-01T02:00:00Z"));
        BillingInput immediate = billing.immediateProrations(sub).orElseThrow();
        BillingInput period = billing.input(sub, PERIOD_START);
        return new ImmediateProrationScenario(sub, coupon, subscriptions, billing, invoices, immediate, period);
    }

    /** {@code write}, started when both threads are at {@code start}. */
    static <T> Supplier<T> raced(CyclicBarrier start, Supplier<T> write) {
        return () -> {
            try {
                start.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return write.get();
        };
    }

    static com.fasterxml.jackson.databind.JsonNode json(String text) {
        return Json.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
