package io.enis.cloudbus.delivery;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.util.List;

/**
 * Forwards to another bus: the event (or the transformed body as its {@code data}) is published there
 * with its hop count in the {@code enishops} extension; past {@value #MAX_HOPS} hops it is refused, so
 * rules that forward in a circle end in the dead-letter queue instead of looping.
 */
public final class BusDeliverer implements Deliverer {
    public static final int MAX_HOPS = 5;
    private final Publisher publisher;
    private final RuleStore rules;

    public BusDeliverer(Publisher publisher, RuleStore rules) {
        this.publisher = publisher;
        this.rules = rules;
    }

    @Override
    public void deliver(Target target, CloudEvent event, String body, int attempt) throws DeliveryException {
        if (rules.bus(target.address()).isEmpty()) {
            throw new DeliveryException("bus '" + target.address() + "' does not exist", true);
        }
        int hops = event.json().path("enishops").asInt(0) + 1;
        if (hops > MAX_HOPS) {
            throw new DeliveryException(
                    "event forwarded more than " + MAX_HOPS + " times (rules forward in a loop)", false);
        }
        var copy = event.json().deepCopy();
        copy.put("enishops", hops);
        if (target.transform() != null) {
            try {
                copy.set("data", Json.MAPPER.readTree(body));
                copy.put("datacontenttype", "application/json");
            } catch (IOException notJson) {
                copy.put("data", body);
                copy.put("datacontenttype", "text/plain");
            }
        }
        publisher.publish(target.address(), List.of(new CloudEvent(copy)));
    }
}
