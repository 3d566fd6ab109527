package io.enis.billing;

import io.enis.billing.http.Pages;
import io.enis.billing.invoicing.SubscriptionChanges;
import io.enis.billing.subscriptions.SubscriptionRequests;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.app.Api;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /v1/billing/subscriptions}: create, read, list, change plan, cancel, pause, resume, periods.
 * A change with {@code proration_behavior=always_invoice} answers the subscription with
 * {@code latest_invoice_id}, the invoice it created at once (null when none was needed).
 */
final class SubscriptionRoutes {
    private static final String BASE = "/v1/billing/subscriptions";
    private final Subscriptions subscriptions;
    private final SubscriptionChanges changes;
    private final Idempotency idempotency;

    SubscriptionRoutes(Subscriptions subscriptions, SubscriptionChanges changes, Idempotency idempotency) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        api.post(
                BASE,
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.json(
                        ctx,
                        201,
                        subscriptions.create(
                                SubscriptionRequests.Create.read(Json.parse(ctx.bodyAsBytes())), actor(ctx)))));
        api.get(
                BASE,
                Scopes.BILLING_READ,
                ctx -> Responses.ok(ctx, subscriptions.list(Pages.of(ctx), ctx.queryParam("customer_id"))));
        api.get(BASE + "/{id}", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, subscriptions.get(id(ctx))));
        api.get(
                BASE + "/{id}/periods",
                Scopes.BILLING_READ,
                ctx -> Responses.ok(ctx, Map.of("data", subscriptions.periods(id(ctx)))));
        api.post(
                BASE + "/{id}/change-plan",
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.ok(
                        ctx,
                        changed(changes.changePlan(
                                id(ctx),
                                SubscriptionRequests.ChangePlan.read(Json.parse(ctx.bodyAsBytes())),
                                actor(ctx))))));
        api.post(
                BASE + "/{id}/cancel",
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.ok(
                        ctx,
                        changed(changes.cancel(
                                id(ctx),
                                SubscriptionRequests.Cancel.read(SubscriptionRequests.orEmpty(ctx.bodyAsBytes())),
                                actor(ctx))))));
        api.post(
                BASE + "/{id}/pause",
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.ok(
                        ctx,
                        changed(changes.pause(
                                id(ctx),
                                SubscriptionRequests.pause(SubscriptionRequests.orEmpty(ctx.bodyAsBytes())),
                                actor(ctx))))));
        api.post(
                BASE + "/{id}/resume",
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx -> Responses.ok(ctx, subscriptions.resume(id(ctx), actor(ctx)))));
    }

    /** The subscription's document with {@code latest_invoice_id}: the invoice the change created at once, or null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> changed(SubscriptionChanges.Changed changed) {
        Map<String, Object> doc = new LinkedHashMap<>(Json.MAPPER.convertValue(changed.subscription(), Map.class));
        doc.put("latest_invoice_id", changed.invoice().map(i -> i.id()).orElse(null));
        return doc;
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    /** Who made the change, for the subscription's history: the API key's id. */
    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).keyId();
    }
}
