package io.enis.observability.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OTLP attribute values as the strings spans and labels hold, the way Prometheus' OTLP translation
 * writes them: strings as they are, booleans {@code true|false}, integers in decimal, doubles in plain
 * decimal without exponent or trailing zeros ({@code 0.25}, {@code 10}; {@code NaN}, {@code +Inf},
 * {@code -Inf}), bytes in base64, arrays and key-value lists as JSON, an empty value (or a profiles-only
 * string-table reference) as {@code ""}.
 */
public final class OtlpValues {
    private OtlpValues() {}

    /** The attributes in their order; a key given twice keeps its last value. */
    public static Map<String, String> attributes(List<KeyValue> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KeyValue kv : attributes) {
            out.put(kv.getKey(), text(kv.getValue()));
        }
        return out;
    }

    /** One value as text (see the class comment). */
    public static String text(AnyValue v) {
        return switch (v.getValueCase()) {
            case STRING_VALUE -> v.getStringValue();
            case BOOL_VALUE -> Boolean.toString(v.getBoolValue());
            case INT_VALUE -> Long.toString(v.getIntValue());
            case DOUBLE_VALUE -> number(v.getDoubleValue());
            case BYTES_VALUE ->
                Base64.getEncoder().encodeToString(v.getBytesValue().toByteArray());
            case ARRAY_VALUE, KVLIST_VALUE -> json(v).toString();
            case STRING_VALUE_STRINDEX, VALUE_NOT_SET -> "";
        };
    }

    /** A double in plain decimal: {@code 0.005}, {@code 10}, {@code -1.5}, {@code NaN}, {@code +Inf}, {@code -Inf}. */
    public static String number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return "0";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static JsonNode json(AnyValue v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (v.getValueCase()) {
            case STRING_VALUE -> f.textNode(v.getStringValue());
            case BOOL_VALUE -> f.booleanNode(v.getBoolValue());
            case INT_VALUE -> f.numberNode(v.getIntValue());
            case DOUBLE_VALUE ->
                Double.isFinite(v.getDoubleValue())
                        ? f.numberNode(v.getDoubleValue())
                        : f.textNode(number(v.getDoubleValue()));
            case BYTES_VALUE -> f.textNode(text(v));
            case ARRAY_VALUE -> {
                ArrayNode a = f.arrayNode();
                v.getArrayValue().getValuesList().forEach(e -> a.add(json(e)));
                yield a;
            }
            case KVLIST_VALUE -> {
                ObjectNode o = f.objectNode();
                v.getKvlistValue().getValuesList().forEach(kv -> o.set(kv.getKey(), json(kv.getValue())));
                yield o;
            }
            case STRING_VALUE_STRINDEX, VALUE_NOT_SET -> f.nullNode();
        };
    }
}
