package io.enis.billing;

import io.enis.billing.discounts.CouponInput;
import io.enis.billing.discounts.Coupons;
import io.enis.billing.discounts.Discounts;
import io.enis.billing.http.Pages;
import io.enis.billing.store.Ids;
import io.enis.kit.app.Api;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import java.util.Map;

/**
 * {@code /v1/billing/coupons} (create, read, list) and {@code /v1/billing/subscriptions/{id}/discounts}
 * (apply a coupon to a subscription, list what is applied).
 */
final class DiscountRoutes {
    private final Coupons coupons;
    private final Discounts discounts;
    private final Idempotency idempotency;

    DiscountRoutes(Coupons coupons, Discounts discounts, Idempotency idempotency) {
        this.coupons = coupons;
        this.discounts = discounts;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        String base = "/v1/billing/coupons";
        api.post(
                base,
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx ->
                        Responses.json(ctx, 201, coupons.create(CouponInput.read(Json.parse(ctx.bodyAsBytes()))))));
        api.get(base, Scopes.BILLING_READ, ctx -> Responses.ok(ctx, coupons.list(Pages.of(ctx))));
        api.get(base + "/{id}", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, coupons.get(ctx.pathParam("id"))));

        String applied = "/v1/billing/subscriptions/{id}/discounts";
        api.post(
                applied,
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.json(
                        ctx,
                        201,
                        discounts.apply(
                                ctx.pathParam("id"),
                                couponId(ctx.bodyAsBytes()),
                                Authenticator.principal(ctx).keyId()))));
        api.get(
                applied,
                Scopes.BILLING_READ,
                ctx -> Responses.ok(ctx, Map.of("data", discounts.list(ctx.pathParam("id")))));
    }

    /** {@code {"coupon_id": "cpn_…"}}. */
    private static String couponId(byte[] body) {
        var json = Json.parse(body);
        Fields f = new Fields();
        f.requireObject(json, "");
        f.throwIfInvalid();
        String id = f.requiredText(
                json, "coupon_id", "coupon_id", Ids.PATTERN, "a coupon id such as cpn_018d2a6f3b00a1b2c3d4e5f6");
        f.throwIfInvalid();
        return id;
    }
}
