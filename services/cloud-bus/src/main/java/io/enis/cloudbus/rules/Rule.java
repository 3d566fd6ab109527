package io.enis.cloudbus.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A rule of a bus: an event pattern and up to five targets. */
public record Rule(
        String bus,
        String name,
        JsonNode patternJson,
        EventPattern pattern,
        List<Target> targets,
        Instant createdAt,
        Instant updatedAt) {
    public static final int MAX_TARGETS = 5;

    /** A rule with one of its targets (what one consumer group delivers). */
    public record Route(Rule rule, Target target) {}

    /** Consumer group of one of this rule's targets. */
    public String group(Target target) {
        return name + ":" + target.id();
    }
}
