package io.enis.cloudbus.delivery;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.events.EventTraceContext;
import io.enis.cloudbus.store.EventLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores published events in their bus' log. An event whose ({@code source}, {@code id}) was already
 * published on the bus within the de-duplication window is reported as a duplicate and not stored
 * again. An event is acknowledged only once the log has stored it. Each event is stored with the
 * trace context it was published in ({@link EventTraceContext#stamp}), so its deliveries join that trace.
 */
public final class Publisher {
    private final EventLog log;
    private final Clock clock;
    private final Duration dedupWindow;
    private final MeterRegistry registry;
    private final EventTraceContext traces;
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private final Map<String, Counter> duplicates = new ConcurrentHashMap<>();

    public Publisher(EventLog log, Clock clock, Duration dedupWindow, MeterRegistry registry, EventTraceContext traces) {
        this.log = log;
        this.clock = clock;
        this.dedupWindow = dedupWindow;
        this.registry = registry;
        this.traces = traces;
    }

    /** The outcome for one event: its log entry id, or {@code null} when it was a duplicate. */
    public record Published(String id, String source, String entryId) {
        public boolean duplicate() {
            return entryId == null;
        }
    }

    public List<Published> publish(String bus, List<CloudEvent> events) {
        List<Published> out = new ArrayList<>(events.size());
        long now = clock.millis();
        for (CloudEvent e : events) {
            Optional<String> entry = log.appendFirst(bus, e.source() + "\u0000" + e.id(), traces.stamp(e).toJson(), now, dedupWindow);
            if (entry.isEmpty()) {
                duplicates.computeIfAbsent(bus, b -> Counter.builder("cloudbus.events.duplicates").tag("bus", b).register(registry)).increment();
                out.add(new Published(e.id(), e.source(), null));
                continue;
            }
            published.computeIfAbsent(bus, b -> Counter.builder("cloudbus.events.published").tag("bus", b).register(registry)).increment();
            out.add(new Published(e.id(), e.source(), entry.get()));
        }
        return out;
    }
}
