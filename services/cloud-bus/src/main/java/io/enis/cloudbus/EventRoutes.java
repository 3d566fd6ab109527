package io.enis.cloudbus;

import io.enis.cloudbus.http.EventRequests;
import io.enis.cloudbus.delivery.Publisher;
import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing: {@code POST /v1/buses/{bus}/events}, and {@code POST /v1/events} (also at the seed's
 * {@code /v1/cloud-bus/events}) for the {@code default} bus. 202 once every event is stored.
 */
final class EventRoutes {
    private final Publisher publisher;
    private final RuleStore rules;
    private final Idempotency idempotency;
    private final EventRequests requests;

    EventRoutes(Publisher publisher, RuleStore rules, Idempotency idempotency, int maxEvents, int maxEventBytes) {
        this.publisher = publisher;
        this.rules = rules;
        this.idempotency = idempotency;
        this.requests = new EventRequests(maxEvents, maxEventBytes);
    }

    void register(Api api) {
        api.post("/v1/events", Scopes.EVENTS_PUBLISH, idempotency.wrap(ctx -> publish(ctx, CloudBusService.DEFAULT_BUS)));
        api.post("/v1/cloud-bus/events", Scopes.EVENTS_PUBLISH, idempotency.wrap(ctx -> publish(ctx, CloudBusService.DEFAULT_BUS)));
        api.post("/v1/buses/{bus}/events", Scopes.EVENTS_PUBLISH, idempotency.wrap(ctx -> publish(ctx, ctx.pathParam("bus"))));
    }

    private void publish(Context ctx, String bus) {
        if (rules.bus(bus).isEmpty()) {
            throw ProblemException.notFound("no bus '" + bus + "'");
        }
        List<CloudEvent> events = requests.read(ctx);
        var results = publisher.publish(bus, events);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bus", bus);
        body.put("accepted", results.stream().filter(r -> !r.duplicate()).count());
        body.put("duplicates", results.stream().filter(Publisher.Published::duplicate).count());
        body.put("events", results.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("source", r.source());
            m.put("status", r.duplicate() ? "duplicate" : "stored");
            m.put("entryId", r.entryId());
            return m;
        }).toList());
        Responses.json(ctx, 202, body);
    }
}
