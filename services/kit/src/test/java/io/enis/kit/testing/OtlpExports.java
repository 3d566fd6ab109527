package io.enis.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.InvalidProtocolBufferException;
import io.enis.kit.json.Json;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the spans out of OTLP/HTTP export requests an {@link HttpReceiver} accepted, in either
 * encoding (by {@code Content-Type}: {@code application/x-protobuf} through the OTLP protobuf classes,
 * {@code application/json} by the OTLP JSON mapping: hex ids, enum numbers).
 */
public final class OtlpExports {
    private OtlpExports() {}

    /** One exported span, flattened: resource's {@code service.name}, kind and status as the proto names' tails. */
    public record ExportedSpan(
            String service,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            String kind,
            boolean error,
            Map<String, String> attributes) {
        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    /** Every span in {@code requests}, in the order received. */
    public static List<ExportedSpan> spans(List<HttpReceiver.Request> requests) {
        List<ExportedSpan> out = new ArrayList<>();
        for (HttpReceiver.Request r : requests) {
            String type = String.valueOf(r.header("Content-Type"));
            if (type.startsWith("application/x-protobuf")) {
                protobuf(r.bytes(), out);
            } else if (type.startsWith("application/json")) {
                json(r.bytes(), out);
            } else {
                throw new AssertionError("not an OTLP/HTTP export: Content-Type " + type);
            }
        }
        return out;
    }

    private static void protobuf(byte[] body, List<ExportedSpan> out) {
        ExportTraceServiceRequest request;
        try {
            request = ExportTraceServiceRequest.parseFrom(body);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("not an OTLP protobuf ExportTraceServiceRequest", e);
        }
        HexFormat hex = HexFormat.of();
        for (ResourceSpans rs : request.getResourceSpansList()) {
            String service =
                    protoAttributes(rs.getResource().getAttributesList()).get("service.name");
            for (ScopeSpans ss : rs.getScopeSpansList()) {
                for (var s : ss.getSpansList()) {
                    String parent = s.getParentSpanId().isEmpty()
                            ? null
                            : hex.formatHex(s.getParentSpanId().toByteArray());
                    out.add(new ExportedSpan(
                            service,
                            hex.formatHex(s.getTraceId().toByteArray()),
                            hex.formatHex(s.getSpanId().toByteArray()),
                            parent,
                            s.getName(),
                            s.getKind().name().replace("SPAN_KIND_", "").toLowerCase(),
                            s.getStatus().getCode().getNumber() == 2,
                            protoAttributes(s.getAttributesList())));
                }
            }
        }
    }

    private static Map<String, String> protoAttributes(List<KeyValue> list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KeyValue kv : list) {
            AnyValue v = kv.getValue();
            out.put(
                    kv.getKey(),
                    switch (v.getValueCase()) {
                        case STRING_VALUE -> v.getStringValue();
                        case INT_VALUE -> String.valueOf(v.getIntValue());
                        case BOOL_VALUE -> String.valueOf(v.getBoolValue());
                        case DOUBLE_VALUE -> String.valueOf(v.getDoubleValue());
                        default -> v.toString();
                    });
        }
        return out;
    }

    private static final List<String> KINDS =
            List.of("unspecified", "internal", "server", "client", "producer", "consumer");

    private static void json(byte[] body, List<ExportedSpan> out) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON", e);
        }
        for (JsonNode rs : root.path("resourceSpans")) {
            String service =
                    jsonAttributes(rs.path("resource").path("attributes")).get("service.name");
            for (JsonNode ss : rs.path("scopeSpans")) {
                for (JsonNode s : ss.path("spans")) {
                    String parent = s.path("parentSpanId").asText("");
                    out.add(new ExportedSpan(
                            service,
                            s.path("traceId").asText(),
                            s.path("spanId").asText(),
                            parent.isEmpty() ? null : parent,
                            s.path("name").asText(),
                            KINDS.get(s.path("kind").asInt(0)),
                            s.path("status").path("code").asInt(0) == 2,
                            jsonAttributes(s.path("attributes"))));
                }
            }
        }
    }

    private static Map<String, String> jsonAttributes(JsonNode list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode kv : list) {
            JsonNode v = kv.path("value");
            out.put(
                    kv.path("key").asText(),
                    v.has("stringValue")
                            ? v.get("stringValue").asText()
                            : v.has("intValue")
                                    ? v.get("intValue").asText()
                                    : v.has("boolValue")
                                            ? v.get("boolValue").asText()
                                            : v.has("doubleValue")
                                                    ? v.get("doubleValue").asText()
                                                    : v.toString());
        }
        return out;
    }
}
