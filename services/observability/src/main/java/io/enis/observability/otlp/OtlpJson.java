package io.enis.observability.otlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * OTLP/JSON to and from the published OTLP message classes, with protobuf's own JSON mapping
 * ({@link JsonFormat}) doing the decoding, and the OTLP/JSON differences from it handled here (OTLP spec,
 * "JSON Protobuf Encoding"):
 * <ul>
 *   <li>{@code traceId}, {@code spanId} and {@code parentSpanId} (in spans, links, exemplars and log
 *       records) are hex strings, not base64: they are rewritten to base64 before decoding, and a value
 *       that is not hex is refused naming its path;</li>
 *   <li>unknown fields are ignored, as receivers must;</li>
 *   <li>enums as integers or names, 64-bit integers as strings or numbers, lowerCamelCase or
 *       the original snake_case field names: all accepted, as {@link JsonFormat} does.</li>
 * </ul>
 * The body is first read by Jackson, strictly (syntax errors with line and column, duplicate keys,
 * trailing content: protobuf's own reader lets those through). A field {@link JsonFormat} refuses is
 * reported with its JSON path ({@code resourceSpans[0].scopeSpans[0].spans[2].startTimeUnixNano}),
 * found by decoding the failing request field by field.
 */
public final class OtlpJson {
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final Set<String> HEX_IDS = Set.of("trace_id", "span_id", "parent_span_id");

    private OtlpJson() {}

    /**
     * Decodes an OTLP/JSON body into a message of {@code prototype}'s type.
     *
     * @throws OtlpException {@link OtlpException.Kind#INVALID} naming {@code body} (not JSON, not an object)
     *                       or the path of the first field that cannot be decoded
     */
    public static <M extends Message> M parse(byte[] body, M prototype) throws OtlpException {
        if (body.length == 0) {
            throw OtlpException.invalid("body", "a JSON body is required");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw OtlpException.invalid("body", "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw OtlpException.invalid("body", "unreadable: " + e.getMessage());
        }
        return parse(tree, prototype);
    }

    /**
     * Decodes an OTLP/JSON document already read; its id fields are rewritten from hex to base64 in place.
     *
     * @throws OtlpException as {@link #parse(byte[], Message)}
     */
    @SuppressWarnings("unchecked")
    public static <M extends Message> M parse(JsonNode tree, M prototype) throws OtlpException {
        Descriptor type = prototype.getDescriptorForType();
        if (!(tree instanceof ObjectNode root)) {
            throw OtlpException.invalid("body", "must be a JSON object (an OTLP " + type.getName() + ")");
        }
        walk(root, type, "", OtlpJson::hexToBase64);
        Message.Builder builder = prototype.newBuilderForType();
        try {
            PARSER.merge(root.toString(), builder);
        } catch (InvalidProtocolBufferException e) {
            OtlpException located = walk(root, type, "", OtlpJson::decodeAlone);
            throw located != null ? located : OtlpException.invalid("body", e.getMessage());
        }
        return (M) builder.build();
    }

    /** A message as OTLP/JSON (lowerCamelCase names, default values omitted). */
    public static String print(MessageOrBuilder message) {
        try {
            return PRINTER.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(
                    "cannot print " + message.getDescriptorForType().getFullName(), e);
        }
    }

    /** Visits one known field of an object; a non-null result stops the walk. */
    private interface Visitor {
        OtlpException visit(ObjectNode parent, String key, FieldDescriptor field, String path) throws OtlpException;
    }

    /** Depth first: the message fields inside a field are visited before the field itself. */
    private static OtlpException walk(ObjectNode object, Descriptor type, String prefix, Visitor visitor)
            throws OtlpException {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            var entry = it.next();
            FieldDescriptor field = field(type, entry.getKey());
            if (field == null) {
                continue;
            }
            String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                if (field.isRepeated() && value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        if (value.get(i) instanceof ObjectNode element) {
                            OtlpException found = walk(element, field.getMessageType(), path + "[" + i + "]", visitor);
                            if (found != null) {
                                return found;
                            }
                        }
                    }
                } else if (!field.isRepeated() && value instanceof ObjectNode element) {
                    OtlpException found = walk(element, field.getMessageType(), path, visitor);
                    if (found != null) {
                        return found;
                    }
                }
            }
            OtlpException found = visitor.visit(object, entry.getKey(), field, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static FieldDescriptor field(Descriptor type, String key) {
        FieldDescriptor byName = type.findFieldByName(key);
        if (byName != null) {
            return byName;
        }
        for (FieldDescriptor f : type.getFields()) {
            if (f.getJsonName().equals(key)) {
                return f;
            }
        }
        return null;
    }

    private static OtlpException hexToBase64(ObjectNode parent, String key, FieldDescriptor field, String path)
            throws OtlpException {
        JsonNode value = parent.get(key);
        if (field.getType() == FieldDescriptor.Type.BYTES && HEX_IDS.contains(field.getName()) && value.isTextual()) {
            String hex = value.textValue();
            try {
                parent.put(
                        key, Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)));
            } catch (IllegalArgumentException e) {
                throw OtlpException.invalid(
                        path,
                        "must be hex characters (OTLP/JSON writes trace and span ids in hex, not base64); got '"
                                + (hex.length() > 40 ? hex.substring(0, 40) + "…" : hex) + "'");
            }
        }
        return null;
    }

    /** Decodes this field alone (each element alone, for a repeated one); the first failure names its path. */
    private static OtlpException decodeAlone(ObjectNode parent, String key, FieldDescriptor field, String path) {
        JsonNode value = parent.get(key);
        if (field.isRepeated() && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String problem = problem(
                        field.getContainingType(),
                        key,
                        Json.MAPPER.createArrayNode().add(value.get(i)));
                if (problem != null) {
                    return OtlpException.invalid(path + "[" + i + "]", problem);
                }
            }
            return null;
        }
        String problem = problem(field.getContainingType(), key, value);
        return problem == null ? null : OtlpException.invalid(path, problem);
    }

    private static String problem(Descriptor type, String key, JsonNode value) {
        ObjectNode alone = Json.MAPPER.createObjectNode();
        alone.set(key, value);
        try {
            PARSER.merge(alone.toString(), DynamicMessage.newBuilder(type));
            return null;
        } catch (InvalidProtocolBufferException e) {
            return e.getMessage();
        }
    }
}
