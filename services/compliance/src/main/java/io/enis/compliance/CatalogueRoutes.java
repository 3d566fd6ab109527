package io.enis.compliance;

import io.enis.compliance.catalogue.CatalogueViews;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Json;

/** {@code /v1/compliance/frameworks}: frameworks, their controls, and a control's mappings. */
final class CatalogueRoutes {
    private final CatalogueViews views;

    CatalogueRoutes(CatalogueViews views) {
        this.views = views;
    }

    void register(Api api) {
        String base = "/v1/compliance/frameworks";
        api.get(base, Scopes.READ, ctx -> Responses.ok(ctx, Json.object("frameworks", views.frameworks())));
        api.get(
                base + "/{framework}",
                Scopes.READ,
                ctx -> Responses.ok(ctx, views.framework(ctx.pathParam("framework"))));
        api.get(
                base + "/{framework}/controls",
                Scopes.READ,
                ctx -> Responses.ok(ctx, Json.object("controls", views.controls(ctx.pathParam("framework")))));
        api.get(
                base + "/{framework}/controls/{control}",
                Scopes.READ,
                ctx -> Responses.ok(ctx, views.control(ctx.pathParam("framework"), ctx.pathParam("control"))));
        api.get(
                base + "/{framework}/controls/{control}/mappings",
                Scopes.READ,
                ctx -> Responses.ok(
                        ctx,
                        Json.object("mappings", views.mappings(ctx.pathParam("framework"), ctx.pathParam("control")))));
    }
}
