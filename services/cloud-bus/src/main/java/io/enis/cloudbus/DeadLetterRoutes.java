package io.enis.cloudbus;

import io.enis.cloudbus.delivery.DeadLetters.DeadLetter;
import io.enis.cloudbus.delivery.DeadLetters;
import io.enis.cloudbus.delivery.Deliverer;
import io.enis.cloudbus.delivery.Dispatcher;
import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.Rule;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.kit.app.Api;
import io.enis.kit.http.Problem;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.QueryParams;
import io.enis.kit.http.Responses;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dead-letter queue of a rule target, {@code /v1/dlq/{bus}/{rule}/{target}}: {@code GET} lists
 * (oldest first, {@code limit} ≤ 1000), {@code POST …/replay} re-delivers (all, or {@code ?id=} one;
 * each success leaves the queue, each failure stays with its new error; 502 problem+json when the
 * target took none), {@code DELETE} purges (all, or {@code ?id=} one).
 */
final class DeadLetterRoutes {
    private final DeadLetters deadLetters;
    private final RuleStore rules;
    private final Dispatcher dispatcher;
    private final Clock clock;

    DeadLetterRoutes(DeadLetters deadLetters, RuleStore rules, Dispatcher dispatcher, Clock clock) {
        this.deadLetters = deadLetters;
        this.rules = rules;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    void register(Api api) {
        String path = "/v1/dlq/{bus}/{rule}/{target}";
        api.get(path, Scopes.DLQ_MANAGE, this::list);
        api.post(path + "/replay", Scopes.DLQ_MANAGE, this::replay);
        api.delete(path, Scopes.DLQ_MANAGE, this::purge);
    }

    private record Where(Rule rule, Target target) {
    }

    private Where where(Context ctx) {
        String bus = ctx.pathParam("bus");
        String ruleName = ctx.pathParam("rule");
        String targetId = ctx.pathParam("target");
        Rule rule = rules.rule(bus, ruleName).orElseThrow(() -> ProblemException.notFound("no rule '" + ruleName + "' on bus '" + bus + "'"));
        Target target = rule.targets().stream().filter(t -> t.id().equals(targetId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("rule '" + ruleName + "' has no target '" + targetId + "'"));
        return new Where(rule, target);
    }

    private void list(Context ctx) {
        Where w = where(ctx);
        int limit = QueryParams.intInRange(ctx.queryParam("limit"), "limit", 100, 1, 1000);
        var items = deadLetters.list(w.rule.bus(), w.rule.name(), w.target.id(), limit).stream().map(DeadLetterRoutes::view).toList();
        Responses.ok(ctx, Map.of("deadLetters", items, "total", deadLetters.count(w.rule.bus(), w.rule.name(), w.target.id())));
    }

    private void replay(Context ctx) {
        Where w = where(ctx);
        String id = ctx.queryParam("id");
        List<DeadLetter> items = id == null ? deadLetters.list(w.rule.bus(), w.rule.name(), w.target.id(), 1000)
                : List.of(deadLetters.byId(w.rule.bus(), w.rule.name(), w.target.id(), id)
                        .orElseThrow(() -> ProblemException.notFound("no dead letter " + id)));
        int delivered = 0;
        List<Map<String, Object>> failed = new ArrayList<>();
        for (DeadLetter d : items) {
            try {
                dispatcher.redeliver(w.target, d.event());
                deadLetters.delete(d.bus(), d.rule(), d.target(), d.id());
                delivered++;
            } catch (Deliverer.DeliveryException e) {
                deadLetters.updateError(d.id(), e.getMessage(), d.attempts() + 1, clock.millis());
                failed.add(Map.of("id", d.id(), "error", e.getMessage()));
            }
        }
        if (delivered == 0 && !failed.isEmpty()) {
            throw new ProblemException(Problem.of(502, "target-unreachable", "Target unreachable",
                    "target '" + w.target.id() + "' took none of " + failed.size() + " dead letters: " + failed.get(0).get("error")
                            + "; they stay in the queue", failed.stream().map(f -> new Problem.FieldError(
                            "id " + f.get("id"), String.valueOf(f.get("error")))).toList()));
        }
        Responses.ok(ctx, Map.of("replayed", delivered, "failed", failed));
    }

    private void purge(Context ctx) {
        Where w = where(ctx);
        String id = ctx.queryParam("id");
        int removed = deadLetters.delete(w.rule.bus(), w.rule.name(), w.target.id(), id);
        if (id != null && removed == 0) {
            throw ProblemException.notFound("no dead letter " + id);
        }
        Responses.ok(ctx, Map.of("purged", removed));
    }

    private static Map<String, Object> view(DeadLetter d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("entryId", d.entryId());
        m.put("event", CloudEvent.fromJson(d.event()).json());
        m.put("lastError", d.lastError());
        m.put("attempts", d.attempts());
        m.put("publishedAt", d.appendedAt().toString());
        m.put("failedAt", d.failedAt().toString());
        return m;
    }

}
