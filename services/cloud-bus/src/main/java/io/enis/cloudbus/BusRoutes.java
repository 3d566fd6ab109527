package io.enis.cloudbus;

import com.fasterxml.jackson.core.type.TypeReference;
import io.enis.cloudbus.delivery.DeadLetters;
import io.enis.cloudbus.delivery.Dispatcher;
import io.enis.cloudbus.manage.RuleAdmin;
import io.enis.cloudbus.rules.Rule;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.cloudbus.rules.TargetSettings;
import io.enis.kit.app.Api;
import io.enis.kit.http.Responses;
import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /v1/buses} and {@code /v1/buses/{bus}/rules}: create, read, replace, delete (through {@link RuleAdmin}). */
final class BusRoutes {
    private final RuleAdmin admin;
    private final RuleStore rules;
    private final Dispatcher dispatcher;
    private final DeadLetters deadLetters;

    BusRoutes(RuleAdmin admin, RuleStore rules, Dispatcher dispatcher, DeadLetters deadLetters) {
        this.admin = admin;
        this.rules = rules;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
    }

    void register(Api api) {
        api.get("/v1/buses", Scopes.BUSES_READ, ctx -> Responses.ok(ctx, Map.of("buses", rules.buses())));
        api.post("/v1/buses", Scopes.BUSES_WRITE, ctx -> created(ctx, "/v1/buses/", admin.createBus(ctx.bodyAsBytes())));
        api.get("/v1/buses/{bus}", Scopes.BUSES_READ, ctx -> Responses.ok(ctx, admin.bus(ctx.pathParam("bus"))));
        api.delete("/v1/buses/{bus}", Scopes.BUSES_WRITE, ctx -> noContent(ctx, () -> admin.deleteBus(ctx.pathParam("bus"))));
        api.get("/v1/buses/{bus}/rules", Scopes.BUSES_READ, ctx -> Responses.ok(ctx, Map.of("rules", rules(ctx.pathParam("bus")))));
        api.post("/v1/buses/{bus}/rules", Scopes.BUSES_WRITE, ctx -> created(ctx,
                "/v1/buses/" + ctx.pathParam("bus") + "/rules/", admin.create(ctx.pathParam("bus"), ctx.bodyAsBytes())));
        api.get("/v1/buses/{bus}/rules/{rule}", Scopes.BUSES_READ, ctx -> Responses.ok(ctx,
                view(admin.rule(ctx.pathParam("bus"), ctx.pathParam("rule")))));
        api.put("/v1/buses/{bus}/rules/{rule}", Scopes.BUSES_WRITE, ctx -> Responses.ok(ctx,
                view(admin.replace(ctx.pathParam("bus"), ctx.pathParam("rule"), ctx.bodyAsBytes()))));
        api.delete("/v1/buses/{bus}/rules/{rule}", Scopes.BUSES_WRITE, ctx -> noContent(ctx,
                () -> admin.delete(ctx.pathParam("bus"), ctx.pathParam("rule"))));
    }

    private List<Map<String, Object>> rules(String bus) {
        admin.bus(bus);
        return rules.rules(bus).stream().map(this::view).toList();
    }

    private void created(Context ctx, String parent, RuleStore.Bus bus) {
        ctx.header("Location", parent + bus.name());
        Responses.json(ctx, 201, bus);
    }

    private void created(Context ctx, String parent, Rule rule) {
        ctx.header("Location", parent + rule.name());
        Responses.json(ctx, 201, view(rule));
    }

    private static void noContent(Context ctx, Runnable change) {
        change.run();
        ctx.status(204);
    }

    private Map<String, Object> view(Rule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bus", rule.bus());
        m.put("name", rule.name());
        m.put("pattern", rule.patternJson());
        List<Map<String, Object>> targets = rule.targets().stream().map(t -> target(rule, t)).toList();
        m.put("targets", targets);
        m.put("createdAt", rule.createdAt().toString());
        m.put("updatedAt", rule.updatedAt().toString());
        return m;
    }

    private Map<String, Object> target(Rule rule, Target t) {
        Map<String, Object> m = Json.MAPPER.convertValue(TargetSettings.of(t).withSecretHidden(), new TypeReference<LinkedHashMap<String, Object>>() { });
        var status = dispatcher.status(rule.bus(), rule, t);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("delivered", status.delivered());
        s.put("retried", status.retried());
        s.put("deadLettered", status.deadLettered());
        s.put("pending", dispatcher.pending(rule.bus(), rule, t));
        s.put("deadLetters", deadLetters.count(rule.bus(), rule.name(), t.id()));
        s.put("lastError", status.lastError());
        s.put("lastErrorAt", status.lastErrorAt() == null ? null : status.lastErrorAt().toString());
        m.put("status", s);
        return m;
    }
}
