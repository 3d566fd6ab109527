package io.enis.observability.alerts;

import io.enis.kit.app.Api;
import io.enis.kit.time.Durations;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code /v1/alerts/rules} CRUD and {@code GET /v1/alerts} (current alert states). */
public final class AlertRoutes {
    private final AlertRules rules;
    private final Idempotency idempotency;

    public AlertRoutes(AlertRules rules, Idempotency idempotency) {
        this.rules = rules;
        this.idempotency = idempotency;
    }

    public void register(Api api) {
        api.get("/v1/alerts/rules", Scopes.ALERTS_READ,
                ctx -> Responses.ok(ctx, Map.of("rules", rules.list(Tenants.of(ctx)).stream().map(AlertRoutes::view).toList())));
        api.post("/v1/alerts/rules", Scopes.ALERTS_WRITE, idempotency.wrap(this::create));
        api.get("/v1/alerts/rules/{ruleId}", Scopes.ALERTS_READ,
                ctx -> Responses.ok(ctx, view(rules.find(Tenants.of(ctx), ctx.pathParam("ruleId")))));
        api.put("/v1/alerts/rules/{ruleId}", Scopes.ALERTS_WRITE,
                ctx -> Responses.ok(ctx, view(rules.replace(Tenants.of(ctx), ctx.pathParam("ruleId"), ctx.bodyAsBytes()))));
        api.delete("/v1/alerts/rules/{ruleId}", Scopes.ALERTS_WRITE, ctx -> {
            rules.delete(Tenants.of(ctx), ctx.pathParam("ruleId"));
            ctx.status(204);
        });
        api.get("/v1/alerts", Scopes.ALERTS_READ, ctx -> Responses.ok(ctx, Map.of("alerts",
                rules.alerts(Tenants.of(ctx)).stream().map(AlertRoutes::view).toList())));
    }

    private void create(Context ctx) {
        AlertRule rule = rules.create(Tenants.of(ctx), ctx.bodyAsBytes());
        ctx.header("Location", "/v1/alerts/rules/" + rule.id());
        Responses.json(ctx, 201, view(rule));
    }

    static Map<String, Object> view(AlertRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("query", r.query());
        m.put("comparison", r.comparison().symbol);
        m.put("threshold", r.threshold());
        m.put("for", Durations.format(r.forDuration()));
        m.put("keepFiringFor", Durations.format(r.keepFiringFor()));
        m.put("labels", r.labels());
        m.put("annotations", r.annotations());
        m.put("webhookUrl", r.webhookUrl());
        m.put("createdAt", r.createdAt().toString());
        m.put("updatedAt", r.updatedAt().toString());
        return m;
    }

    static Map<String, Object> view(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", a.ruleId());
        m.put("name", a.ruleName());
        m.put("state", a.state().name().toLowerCase(Locale.ROOT));
        m.put("labels", a.labels().toMap());
        m.put("annotations", a.annotations());
        m.put("value", a.value());
        m.put("activeAt", a.activeAt().toString());
        m.put("firedAt", a.firedAt() == null ? null : a.firedAt().toString());
        m.put("resolvedAt", a.resolvedAt() == null ? null : a.resolvedAt().toString());
        return m;
    }
}
