package io.enis.cloudbus.http;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.events.CloudEventReader;
import io.enis.cloudbus.events.EventLimitException;
import io.enis.kit.http.ProblemException;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP protocol binding of CloudEvents: picks the mode from the request ({@code
 * application/cloudevents-batch+json}, {@code application/cloudevents+json}, or binary with {@code ce-*}
 * headers) and hands the body to {@link CloudEventReader}. 415 for a request in none of the modes, 413
 * beyond {@code MAX_EVENTS_PER_REQUEST} or {@code MAX_EVENT_BYTES}.
 */
public final class EventRequests {
    private final int maxEvents;
    private final int maxEventBytes;

    public EventRequests(int maxEvents, int maxEventBytes) {
        this.maxEvents = maxEvents;
        this.maxEventBytes = maxEventBytes;
    }

    public List<CloudEvent> read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        String lower = type.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("application/cloudevents-batch+json")) {
                return CloudEventReader.batched(ctx.bodyAsBytes(), maxEvents, maxEventBytes);
            }
            if (lower.startsWith("application/cloudevents+json")) {
                return List.of(CloudEventReader.structured(ctx.bodyAsBytes(), maxEventBytes));
            }
            if (ctx.header("ce-specversion") != null || ctx.header("ce-id") != null) {
                return List.of(CloudEventReader.binary(attributes(ctx), type, ctx.bodyAsBytes(), maxEventBytes));
            }
        } catch (EventLimitException e) {
            throw ProblemException.tooLarge(e.field(), e.getMessage());
        }
        throw ProblemException.unsupportedMediaType("send a CloudEvent in binary mode (ce-* headers), as "
                + "application/cloudevents+json or as application/cloudevents-batch+json");
    }

    /** The {@code ce-*} headers without their prefix, percent-decoded as the binding prescribes. */
    private static Map<String, String> attributes(Context ctx) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : ctx.headerMap().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith("ce-") && name.length() > 3) {
                attributes.put(name.substring(3), percentDecode(h.getValue()));
            }
        }
        return attributes;
    }

    private static String percentDecode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
