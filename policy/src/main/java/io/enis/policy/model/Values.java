package io.enis.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading Terraform values that may be unknown at synth time: a string holding {@code ${...}} is
 * an interpolation whose value Terraform decides later, so rules treat it as "not known" rather
 * than as a violation (no false alarms on references).
 */
public final class Values {
    private Values() {}

    /** True for a value that is missing or an interpolation. */
    public static boolean unknown(JsonNode value) {
        return value == null
                || value.isMissingNode()
                || value.isNull()
                || (value.isTextual() && value.asText().contains("${"));
    }

    /** True when the value is literally true (boolean or the string {@code "true"}). */
    public static boolean isTrue(JsonNode value) {
        return value.isBoolean()
                ? value.asBoolean()
                : value.isTextual() && value.asText().equalsIgnoreCase("true");
    }

    /** True when the value is literally false or absent (an interpolation is neither). */
    public static boolean isFalseOrAbsent(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return true;
        }
        return value.isBoolean()
                ? !value.asBoolean()
                : value.isTextual() && value.asText().equalsIgnoreCase("false");
    }

    /** A number, or {@code null} when absent or unknown. */
    public static Integer number(JsonNode value) {
        if (value.isNumber()) {
            return value.asInt();
        }
        if (value.isTextual() && value.asText().matches("-?\\d+")) {
            return Integer.parseInt(value.asText());
        }
        return null;
    }

    /** A string or a list of strings as a list; anything else as an empty list. */
    public static List<String> strings(JsonNode value) {
        List<String> result = new ArrayList<>();
        if (value.isTextual()) {
            result.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode()) {
                    result.add(item.asText());
                }
            });
        }
        return result;
    }
}
