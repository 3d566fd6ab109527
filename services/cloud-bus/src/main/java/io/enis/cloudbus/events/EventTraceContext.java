package io.enis.cloudbus.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace an event belongs to, kept in the event as the CloudEvents Distributed Tracing extension
 * ({@code traceparent} and {@code tracestate} attributes, W3C Trace Context values). Publishing stores
 * the publish request's context in an event that has none (an event that already carries a
 * {@code traceparent} keeps its producer's); delivery, later and on another thread, reads it back as the
 * parent of its span, so a trace runs from the publisher through the bus to each receiver. Pass-through
 * webhook bodies, forwarded events and Redis-stream entries carry the attributes too.
 *
 * <p>With tracing off the propagator is the no-op one: events are stored as published.
 */
public final class EventTraceContext {
    /** The extension attribute (named, by the CloudEvents specification, as the W3C header). */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<JsonNode> ATTRIBUTES = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(JsonNode event) {
            List<String> names = new ArrayList<>();
            event.fieldNames().forEachRemaining(names::add);
            return names;
        }

        @Override
        public String get(JsonNode event, String key) {
            JsonNode value = event == null ? null : event.get(key);
            return value != null && value.isTextual() ? value.textValue() : null;
        }
    };

    private final TextMapPropagator propagator;

    /** @param propagator W3C trace context (the service's, from its tracing) */
    public EventTraceContext(TextMapPropagator propagator) {
        this.propagator = propagator;
    }

    /** {@code event} with the current context's {@code traceparent}/{@code tracestate}, unless it has its own or there is no span. */
    public CloudEvent stamp(CloudEvent event) {
        if (event.json().has(TRACEPARENT) || !Span.current().getSpanContext().isValid()) {
            return event;
        }
        ObjectNode copy = event.json().deepCopy();
        propagator.inject(Context.current(), copy, (json, key, value) -> json.put(key, value));
        return new CloudEvent(copy);
    }

    /** The context {@code event} was published in: the parent of its deliveries (no span when it carries none or an invalid one). */
    public Context parentOf(CloudEvent event) {
        return propagator.extract(Context.root(), event.json(), ATTRIBUTES);
    }
}
