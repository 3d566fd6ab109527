package io.enis.cloudbus;

import io.enis.cloudbus.delivery.DeadLetters.DeadLetter;
import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.manage.DeadLetterQueue;
import io.enis.kit.app.Api;
import io.enis.kit.http.Problem;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.QueryParams;
import io.enis.kit.http.Responses;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dead-letter queue of a rule target, {@code /v1/dlq/{bus}/{rule}/{target}}: {@code GET} lists
 * (oldest first, {@code limit} ≤ 1000), {@code POST …/replay} re-delivers (all, or {@code ?id=} one;
 * each success leaves the queue, each failure stays with its new error; 502 problem+json when the
 * target took none), {@code DELETE} purges (all, or {@code ?id=} one). The work is {@link DeadLetterQueue}'s.
 */
final class DeadLetterRoutes {
    private static final String PATH = "/v1/dlq/{bus}/{rule}/{target}";
    private final DeadLetterQueue queue;

    DeadLetterRoutes(DeadLetterQueue queue) {
        this.queue = queue;
    }

    void register(Api api) {
        api.get(PATH, Scopes.DLQ_MANAGE, ctx -> listed(ctx, queue.list(ctx.pathParam("bus"), ctx.pathParam("rule"), ctx.pathParam("target"),
                QueryParams.intInRange(ctx.queryParam("limit"), "limit", 100, 1, 1000))));
        api.post(PATH + "/replay", Scopes.DLQ_MANAGE, ctx -> replayed(ctx, ctx.pathParam("target"),
                queue.replay(ctx.pathParam("bus"), ctx.pathParam("rule"), ctx.pathParam("target"), ctx.queryParam("id"))));
        api.delete(PATH, Scopes.DLQ_MANAGE, ctx -> Responses.ok(ctx, Map.of("purged",
                queue.purge(ctx.pathParam("bus"), ctx.pathParam("rule"), ctx.pathParam("target"), ctx.queryParam("id")))));
    }

    private static void listed(Context ctx, DeadLetterQueue.Page page) {
        Responses.ok(ctx, Map.of("deadLetters", page.letters().stream().map(DeadLetterRoutes::view).toList(), "total", page.total()));
    }

    /** 200 with what was replayed; 502 when the target took none. */
    private static void replayed(Context ctx, String target, DeadLetterQueue.Replay replay) {
        if (replay.targetTookNone()) {
            throw new ProblemException(Problem.of(502, "target-unreachable", "Target unreachable",
                    "target '" + target + "' took none of " + replay.failed().size() + " dead letters: " + replay.failed().get(0).error()
                            + "; they stay in the queue", replay.failed().stream().map(f -> new Problem.FieldError(
                            "id " + f.id(), f.error())).toList()));
        }
        Responses.ok(ctx, Map.of("replayed", replay.replayed(), "failed", replay.failed().stream()
                .map(f -> Map.of("id", f.id(), "error", f.error())).toList()));
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
