package io.enis.cloudbus.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.json.Json;
import java.io.IOException;

/**
 * A CloudEvents 1.0 event in its structured JSON form: the context attributes ({@code id},
 * {@code source}, {@code specversion}, {@code type}, optional {@code subject}, {@code time},
 * {@code datacontenttype}, {@code dataschema}, extensions) and {@code data}. Patterns, transformations
 * and deliveries all work on this JSON document.
 */
public record CloudEvent(ObjectNode json) {
    public String id() {
        return json.path("id").asText();
    }

    public String source() {
        return json.path("source").asText();
    }

    public String type() {
        return json.path("type").asText();
    }

    /** The event as JSON text (what is stored and what pass-through targets receive). */
    public String toJson() {
        return Json.write(json);
    }

    /** Reads a stored event back. */
    public static CloudEvent fromJson(String text) {
        try {
            return new CloudEvent((ObjectNode) Json.MAPPER.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException("stored event is not JSON", e);
        }
    }
}
