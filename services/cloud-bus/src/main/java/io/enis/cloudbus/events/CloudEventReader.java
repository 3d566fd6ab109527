package io.enis.cloudbus.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads CloudEvents 1.0 in the three modes of the HTTP protocol binding:
 * <ul>
 *   <li><b>binary</b>: attributes in {@code ce-*} headers, the body is {@code data} with its
 *       {@code Content-Type} as {@code datacontenttype};</li>
 *   <li><b>structured</b>: {@code application/cloudevents+json}, one event as JSON;</li>
 *   <li><b>batched</b>: {@code application/cloudevents-batch+json}, a JSON array of events.</li>
 * </ul>
 * Required attributes: {@code id}, {@code source} (a URI-reference), {@code specversion} (must be
 * {@code 1.0}), {@code type}. Extension names are 1–20 lower-case letters or digits. Every problem is
 * reported by field ({@code [2].source}, {@code ce-type}); a batch with one invalid event is refused whole.
 * Which mode a request uses is the HTTP binding's business ({@code EventRequests}); this class knows no HTTP.
 */
public final class CloudEventReader {
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,20}");
    private static final Pattern NON_EMPTY = Pattern.compile("(?s).{1,1024}");
    private static final List<String> KNOWN = List.of("id", "source", "specversion", "type", "subject", "time",
            "datacontenttype", "dataschema", "data", "data_base64");

    private CloudEventReader() {
    }

    /**
     * A batch (a JSON array of events).
     *
     * @throws InvalidInputException naming each invalid attribute ({@code [2].source}); one invalid event refuses the batch
     * @throws EventLimitException   above {@code maxEvents} events or an event above {@code maxEventBytes}
     */
    public static List<CloudEvent> batched(byte[] body, int maxEvents, int maxEventBytes) {
        JsonNode root = Json.parse(body);
        if (!root.isArray() || root.isEmpty()) {
            throw InvalidInputException.field("body", "a batch must be a non-empty JSON array of events");
        }
        if (root.size() > maxEvents) {
            throw new EventLimitException("body", "at most " + maxEvents + " events per batch (MAX_EVENTS_PER_REQUEST); got " + root.size());
        }
        Fields f = new Fields();
        List<CloudEvent> events = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            CloudEvent e = structured(root.get(i), "[" + i + "].", f, maxEventBytes);
            if (e != null) {
                events.add(e);
            }
        }
        f.throwIfInvalid();
        return events;
    }

    /**
     * One event as JSON.
     *
     * @throws InvalidInputException naming each invalid attribute, or the body above {@code maxEventBytes}
     */
    public static CloudEvent structured(byte[] body, int maxEventBytes) {
        Fields f = new Fields();
        CloudEvent e = structured(Json.parse(body), "", f, maxEventBytes);
        f.throwIfInvalid();
        return e;
    }

    /**
     * One event in binary mode: its attributes (the {@code ce-*} headers without the prefix, decoded)
     * and its data with the media type it was sent as ({@code ""} for none: JSON is assumed).
     *
     * @throws InvalidInputException naming each invalid attribute as {@code ce-<name>}
     * @throws EventLimitException   when the data is larger than {@code maxEventBytes}
     */
    public static CloudEvent binary(Map<String, String> attributes, String contentType, byte[] body, int maxEventBytes) {
        if (body.length > maxEventBytes) {
            throw new EventLimitException("body", "event data larger than " + maxEventBytes + " bytes (MAX_EVENT_BYTES)");
        }
        ObjectNode event = Json.MAPPER.createObjectNode();
        attributes.forEach(event::put);
        if (body.length > 0) {
            event.put("datacontenttype", contentType.isEmpty() ? "application/json" : contentType);
            if (contentType.toLowerCase(Locale.ROOT).contains("json")) {
                event.set("data", Json.parse(body));
            } else {
                event.put("data", new String(body, StandardCharsets.UTF_8));
            }
        }
        Fields f = new Fields();
        checkAttributes(event, "ce-", f);
        f.throwIfInvalid();
        return new CloudEvent(event);
    }

    private static CloudEvent structured(JsonNode node, String p, Fields f, int maxEventBytes) {
        if (f.requireObject(node, p.isEmpty() ? "body" : p.substring(0, p.length() - 1)) == null) {
            return null;
        }
        ObjectNode event = (ObjectNode) node;
        int before = f.errors().size();
        checkAttributes(event, p, f);
        if (Json.write(event).length() > maxEventBytes) {
            f.reject(p.isEmpty() ? "body" : p.substring(0, p.length() - 1), "event larger than " + maxEventBytes + " bytes (MAX_EVENT_BYTES)");
        }
        return f.errors().size() == before ? new CloudEvent(event) : null;
    }

    private static void checkAttributes(ObjectNode event, String p, Fields f) {
        f.requiredText(event, "id", p + "id", NON_EMPTY, "a non-empty string");
        String source = f.requiredText(event, "source", p + "source", NON_EMPTY, "a non-empty URI-reference");
        if (source != null) {
            try {
                URI.create(source);
            } catch (IllegalArgumentException e) {
                f.reject(p + "source", "must be a URI-reference: " + e.getMessage());
            }
        }
        String version = f.requiredText(event, "specversion", p + "specversion", null, null);
        if (version != null && !version.equals("1.0")) {
            f.reject(p + "specversion", "must be 1.0 (got '" + version + "')");
        }
        f.requiredText(event, "type", p + "type", NON_EMPTY, "a non-empty string");
        f.optionalText(event, "subject", p + "subject", NON_EMPTY, "a non-empty string");
        f.optionalText(event, "datacontenttype", p + "datacontenttype", NON_EMPTY, "a media type");
        f.optionalText(event, "dataschema", p + "dataschema", NON_EMPTY, "a URI");
        String time = f.optionalText(event, "time", p + "time", null, null);
        if (time != null) {
            try {
                OffsetDateTime.parse(time);
            } catch (DateTimeParseException e) {
                f.reject(p + "time", "must be an RFC 3339 timestamp");
            }
        }
        event.fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name)) {
                if (!EXTENSION.matcher(name).matches()) {
                    f.reject(p + name, "extension attribute names are 1-20 lower-case letters or digits");
                } else if (!event.get(name).isValueNode()) {
                    f.reject(p + name, "extension attributes must be strings, numbers or booleans");
                }
            }
        });
    }
}
