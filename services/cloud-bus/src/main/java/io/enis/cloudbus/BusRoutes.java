package io.enis.cloudbus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.enis.cloudbus.delivery.DeadLetters;
import io.enis.cloudbus.delivery.Dispatcher;
import io.enis.cloudbus.rules.Rule;
import io.enis.cloudbus.rules.RuleReader;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.cloudbus.rules.TargetSettings;
import io.enis.kit.app.Api;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code /v1/buses} and {@code /v1/buses/{bus}/rules}: create, read, replace, delete. */
final class BusRoutes {
    private final RuleStore rules;
    private final Dispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final RuleReader reader;

    BusRoutes(RuleStore rules, RuleReader reader, Dispatcher dispatcher, DeadLetters deadLetters, Clock clock) {
        this.rules = rules;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.reader = reader;
    }

    void register(Api api) {
        api.get("/v1/buses", Scopes.BUSES_READ, ctx -> Responses.ok(ctx, Map.of("buses", rules.buses())));
        api.post("/v1/buses", Scopes.BUSES_WRITE, this::createBus);
        api.get("/v1/buses/{bus}", Scopes.BUSES_READ, ctx -> Responses.ok(ctx, bus(ctx.pathParam("bus"))));
        api.delete("/v1/buses/{bus}", Scopes.BUSES_WRITE, this::deleteBus);
        api.get("/v1/buses/{bus}/rules", Scopes.BUSES_READ, ctx -> {
            bus(ctx.pathParam("bus"));
            Responses.ok(ctx, Map.of("rules", rules.rules(ctx.pathParam("bus")).stream().map(this::view).toList()));
        });
        api.post("/v1/buses/{bus}/rules", Scopes.BUSES_WRITE, ctx -> save(ctx, true));
        api.get("/v1/buses/{bus}/rules/{rule}", Scopes.BUSES_READ, ctx -> Responses.ok(ctx, view(rule(ctx))));
        api.put("/v1/buses/{bus}/rules/{rule}", Scopes.BUSES_WRITE, ctx -> save(ctx, false));
        api.delete("/v1/buses/{bus}/rules/{rule}", Scopes.BUSES_WRITE, ctx -> {
            Rule rule = rule(ctx);
            rules.delete(rule.bus(), rule.name());
            dispatcher.reload();
            ctx.status(204);
        });
    }

    private void createBus(Context ctx) {
        JsonNode body = Json.parse(ctx.bodyAsBytes());
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String name = f.requiredText(body, "name", "name", RuleReader.NAME, RuleReader.NAME_ALLOWED);
        String description = f.optionalText(body, "description", "description", Pattern.compile("[^\\p{Cntrl}]{0,500}"), "at most 500 characters");
        f.throwIfInvalid();
        if (!rules.createBus(name, description == null ? "" : description, clock.instant())) {
            throw ProblemException.conflict("bus '" + name + "' already exists");
        }
        ctx.header("Location", "/v1/buses/" + name);
        Responses.json(ctx, 201, rules.bus(name).orElseThrow());
    }

    private void deleteBus(Context ctx) {
        String name = ctx.pathParam("bus");
        bus(name);
        if (name.equals(CloudBusService.DEFAULT_BUS)) {
            throw ProblemException.conflict("the default bus cannot be deleted");
        }
        if (!rules.deleteBus(name)) {
            throw ProblemException.conflict("bus '" + name + "' still has rules; delete them first");
        }
        ctx.status(204);
    }

    private void save(Context ctx, boolean create) {
        String bus = ctx.pathParam("bus");
        bus(bus);
        JsonNode body = Json.parse(ctx.bodyAsBytes());
        String name;
        Rule existing = null;
        if (create) {
            String given = body.path("name").isTextual() ? body.path("name").textValue() : null;
            if (given == null || !RuleReader.NAME.matcher(given).matches()) {
                throw ProblemException.invalidField("name", given == null ? "is required" : "must be " + RuleReader.NAME_ALLOWED);
            }
            name = given;
        } else {
            existing = rule(ctx);
            name = existing.name();
        }
        Rule rule = reader.fromRequest(bus, name, body, existing == null ? null : existing.createdAt(), clock.instant());
        if (!rules.save(rule, create)) {
            throw ProblemException.conflict("rule '" + name + "' already exists on bus '" + bus + "'");
        }
        dispatcher.reload();
        if (create) {
            ctx.header("Location", "/v1/buses/" + bus + "/rules/" + name);
        }
        Responses.json(ctx, create ? 201 : 200, view(rule));
    }

    private RuleStore.Bus bus(String name) {
        return rules.bus(name).orElseThrow(() -> ProblemException.notFound("no bus '" + name + "'"));
    }

    private Rule rule(Context ctx) {
        String bus = ctx.pathParam("bus");
        String name = ctx.pathParam("rule");
        bus(bus);
        return rules.rule(bus, name).orElseThrow(() -> ProblemException.notFound("no rule '" + name + "' on bus '" + bus + "'"));
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
