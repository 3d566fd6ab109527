package io.enis.billing.usage;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import java.util.ArrayList;
import java.util.List;

/**
 * A usage request: one event object, or {@code {"events": [...]}} with 1 to {@value #MAX_EVENTS}.
 *
 * @param batch whether the events came as a list (answered as a list)
 */
public record UsageRequest(List<UsageEvent> events, boolean batch) {
    public static final int MAX_EVENTS = 1000;

    /** @throws io.enis.kit.domain.InvalidInputException naming every invalid field ({@code events[3].metric_code}) */
    public static UsageRequest read(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        if (!body.has("events")) {
            UsageEvent e = UsageEvent.read(f, body, "");
            f.throwIfInvalid();
            return new UsageRequest(List.of(e), false);
        }
        JsonNode list = body.get("events");
        if (!list.isArray() || list.isEmpty() || list.size() > MAX_EVENTS) {
            f.reject("events", "must be a list of 1 to " + MAX_EVENTS + " usage events");
            f.throwIfInvalid();
        }
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            events.add(UsageEvent.read(f, list.get(i), "events[" + i + "]"));
        }
        f.throwIfInvalid();
        return new UsageRequest(List.copyOf(events), true);
    }
}
