package io.enis.billing;

import io.enis.billing.http.Pages;
import io.enis.billing.subscriptions.SubscriptionRequests;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.app.Api;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /v1/billing/subscriptions}: create, read, list, change plan, cancel, pause, resume, periods. */
final class SubscriptionRoutes {
    private static final String BASE = "/v1/billing/subscriptions";
    private final Subscriptions subscriptions;
    private final Idempotency idempotency;

    SubscriptionRoutes(Subscriptions subscriptions, Idempotency idempotency) {
        this.subscriptions = subscriptions;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        api.post(BASE, Scopes.BILLING_WRITE, idempotency.wrap(ctx -> Responses.json(ctx, 201,
                subscriptions.create(SubscriptionRequests.Create.read(Json.parse(ctx.bodyAsBytes())), actor(ctx)))));
        api.get(BASE, Scopes.BILLING_READ, ctx -> Responses.ok(ctx, subscriptions.list(Pages.of(ctx), ctx.queryParam("customer_id"))));
        api.get(BASE + "/{id}", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, subscriptions.get(id(ctx))));
        api.get(BASE + "/{id}/periods", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, Map.of("data", subscriptions.periods(id(ctx)))));
        api.post(BASE + "/{id}/change-plan", Scopes.BILLING_WRITE, idempotency.wrap(ctx -> Responses.ok(ctx,
                subscriptions.changePlan(id(ctx), SubscriptionRequests.ChangePlan.read(Json.parse(ctx.bodyAsBytes())), actor(ctx)))));
        api.post(BASE + "/{id}/cancel", Scopes.BILLING_WRITE, idempotency.wrap(ctx -> Responses.ok(ctx,
                subscriptions.cancel(id(ctx), SubscriptionRequests.Cancel.read(SubscriptionRequests.orEmpty(ctx.bodyAsBytes())), actor(ctx)))));
        api.post(BASE + "/{id}/pause", Scopes.BILLING_WRITE, idempotency.wrap(ctx -> Responses.ok(ctx,
                subscriptions.pause(id(ctx), SubscriptionRequests.pause(SubscriptionRequests.orEmpty(ctx.bodyAsBytes())), actor(ctx)))));
        api.post(BASE + "/{id}/resume", Scopes.BILLING_WRITE, idempotency.wrap(ctx -> Responses.ok(ctx,
                subscriptions.resume(id(ctx), actor(ctx)))));
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    /** Who made the change, for the subscription's history: the API key's id. */
    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).keyId();
    }
}
