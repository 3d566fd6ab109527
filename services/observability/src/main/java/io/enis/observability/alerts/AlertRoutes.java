package io.enis.observability.alerts;

import io.enis.kit.app.Api;
import io.enis.kit.time.Durations;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** {@code /v1/alerts/rules} CRUD and {@code GET /v1/alerts} (current alert states). */
public final class AlertRoutes {
    private final AlertRuleStore rules;
    private final AlertEvaluator evaluator;
    private final OutboundPolicy outbound;
    private final Clock clock;
    private final Idempotency idempotency;

    /** @param outbound where rules' webhook URLs may point */
    public AlertRoutes(AlertRuleStore rules, AlertEvaluator evaluator, OutboundPolicy outbound, Clock clock, Idempotency idempotency) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.outbound = outbound;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    public void register(Api api) {
        api.get("/v1/alerts/rules", Scopes.ALERTS_READ,
                ctx -> Responses.ok(ctx, Map.of("rules", rules.list(Tenants.of(ctx)).stream().map(AlertRoutes::view).toList())));
        api.post("/v1/alerts/rules", Scopes.ALERTS_WRITE, idempotency.wrap(this::create));
        api.get("/v1/alerts/rules/{ruleId}", Scopes.ALERTS_READ, ctx -> Responses.ok(ctx, view(find(ctx))));
        api.put("/v1/alerts/rules/{ruleId}", Scopes.ALERTS_WRITE, this::replace);
        api.delete("/v1/alerts/rules/{ruleId}", Scopes.ALERTS_WRITE, this::delete);
        api.get("/v1/alerts", Scopes.ALERTS_READ, ctx -> Responses.ok(ctx, Map.of("alerts",
                evaluator.alerts(rules.list(Tenants.of(ctx))).stream().map(AlertRoutes::view).toList())));
    }

    private void create(Context ctx) {
        String tenant = Tenants.of(ctx);
        String id = "rule_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        AlertRule rule = AlertRuleRequest.parse(ctx.bodyAsBytes(), id, tenant, null, clock.instant(), outbound);
        if (!rules.insert(rule)) {
            throw ProblemException.conflict("an alert rule named '" + rule.name() + "' already exists");
        }
        ctx.header("Location", "/v1/alerts/rules/" + id);
        Responses.json(ctx, 201, view(rule));
    }

    private void replace(Context ctx) {
        AlertRule existing = find(ctx);
        AlertRule rule = AlertRuleRequest.parse(ctx.bodyAsBytes(), existing.id(), existing.tenant(), existing.createdAt(), clock.instant(), outbound);
        if (!rules.update(rule)) {
            throw ProblemException.conflict("another alert rule is named '" + rule.name() + "'");
        }
        evaluator.forget(rule.id());
        Responses.ok(ctx, view(rule));
    }

    private void delete(Context ctx) {
        AlertRule existing = find(ctx);
        rules.delete(existing.tenant(), existing.id());
        evaluator.forget(existing.id());
        ctx.status(204);
    }

    private AlertRule find(Context ctx) {
        String id = ctx.pathParam("ruleId");
        return rules.find(Tenants.of(ctx), id).orElseThrow(() -> ProblemException.notFound("no alert rule " + id));
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
