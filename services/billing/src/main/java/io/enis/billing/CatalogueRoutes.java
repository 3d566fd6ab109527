package io.enis.billing;

import io.enis.billing.http.Pages;
import io.enis.billing.catalogue.CustomerInput;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.Metrics;
import io.enis.billing.catalogue.Plans;
import io.enis.billing.catalogue.Products;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;

/** {@code /v1/billing/customers}, {@code products}, {@code plans}, {@code metrics}: create, read, list. */
final class CatalogueRoutes {
    private final Customers customers;
    private final Products products;
    private final Plans plans;
    private final Metrics metrics;
    private final Idempotency idempotency;

    CatalogueRoutes(Customers customers, Products products, Plans plans, Metrics metrics, Idempotency idempotency) {
        this.customers = customers;
        this.products = products;
        this.plans = plans;
        this.metrics = metrics;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        String base = "/v1/billing/";
        api.post(base + "customers", Scopes.BILLING_WRITE, idempotency.wrap(ctx ->
                Responses.json(ctx, 201, customers.create(CustomerInput.read(Json.parse(ctx.bodyAsBytes()))))));
        api.get(base + "customers", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, customers.list(Pages.of(ctx))));
        api.get(base + "customers/{id}", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, customers.get(ctx.pathParam("id"))));
        api.put(base + "customers/{id}", Scopes.BILLING_WRITE, ctx ->
                Responses.ok(ctx, customers.replace(ctx.pathParam("id"), CustomerInput.read(Json.parse(ctx.bodyAsBytes())))));

        api.post(base + "products", Scopes.BILLING_WRITE, idempotency.wrap(ctx ->
                Responses.json(ctx, 201, products.create(Json.parse(ctx.bodyAsBytes())))));
        api.get(base + "products", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, products.list(Pages.of(ctx))));
        api.get(base + "products/{id}", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, products.get(ctx.pathParam("id"))));

        api.post(base + "metrics", Scopes.BILLING_WRITE, idempotency.wrap(ctx ->
                Responses.json(ctx, 201, metrics.create(Json.parse(ctx.bodyAsBytes())))));
        api.get(base + "metrics", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, metrics.list(Pages.of(ctx))));
        api.get(base + "metrics/{id}", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, metrics.get(ctx.pathParam("id"))));

        api.post(base + "plans", Scopes.BILLING_WRITE, idempotency.wrap(ctx ->
                Responses.json(ctx, 201, plans.create(Json.parse(ctx.bodyAsBytes())))));
        api.get(base + "plans", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, plans.list(Pages.of(ctx))));
        api.get(base + "plans/{id}", Scopes.BILLING_READ, ctx -> Responses.ok(ctx, plans.get(ctx.pathParam("id"))));
    }
}
