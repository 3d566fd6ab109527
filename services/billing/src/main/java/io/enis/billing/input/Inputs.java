package io.enis.billing.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Fields;
import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reading the values billing requests carry, exactly: decimals never go through {@code double}
 * (a JSON number with a fraction is refused; write it as a string), amounts are whole minor units.
 */
public final class Inputs {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

    private Inputs() {}

    /**
     * A decimal given as a string ({@code "0.05"}) or a whole JSON number; {@code null} when absent
     * (a required one is recorded as missing).
     */
    public static BigDecimal decimal(Fields f, JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                f.reject(path, "is required");
            }
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual() && DECIMAL.matcher(n.textValue()).matches()) {
            return new BigDecimal(n.textValue());
        }
        f.reject(
                path,
                n.isNumber()
                        ? "a number with a fraction must be written as a string (\"0.05\") so it stays exact"
                        : "must be a decimal such as \"12.5\" (digits, optional '.' and decimals)");
        return null;
    }

    /**
     * A whole amount of minor units, zero or more, within the {@code long} range; {@code null} when
     * absent or invalid (recorded in {@code f}).
     */
    public static Long minorAmount(Fields f, JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                f.reject(path, "is required; an amount in minor units (cents), zero or more");
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            f.reject(path, "must be a whole number of minor units (1999 is 19.99 EUR) from 0 to " + Long.MAX_VALUE);
            return null;
        }
        if (n.longValue() < 0) {
            f.reject(path, n.longValue() + " is negative; allowed: zero or more");
            return null;
        }
        return n.longValue();
    }

    /** A whole number in {@code [min, max]}, {@code defaultValue} when absent. */
    public static int integer(
            Fields f, JsonNode parent, String field, String path, int defaultValue, int min, int max) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            return defaultValue;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            f.reject(path, "must be a whole number from " + min + " to " + max);
            return defaultValue;
        }
        return n.intValue();
    }

    /**
     * Runs a domain factory and records its refusal in {@code f} with every field placed under
     * {@code prefix} ({@code tiers[0].up_to} → {@code fee.tiers[0].up_to}); {@code null} when refused.
     */
    public static <T> T under(Fields f, String prefix, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidInputException e) {
            for (Violation v : e.violations()) {
                f.reject(prefix.isEmpty() ? v.field() : prefix + "." + v.field(), v.message());
            }
            return null;
        }
    }

    /**
     * Runs a domain call and renames the field {@code from} of its refusal (400 or 422) to {@code to}:
     * the name the request used ({@code amount} → {@code amount_minor}).
     */
    public static <T> T renamed(String from, String to, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(renamed(e.violations(), from, to));
        } catch (io.enis.kit.domain.UnprocessableException e) {
            throw new io.enis.kit.domain.UnprocessableException(
                    e.slug(), e.title(), e.getMessage(), renamed(e.violations(), from, to));
        }
    }

    private static java.util.List<Violation> renamed(java.util.List<Violation> violations, String from, String to) {
        return violations.stream()
                .map(v -> v.field().equals(from) ? new Violation(to, v.message()) : v)
                .toList();
    }

    /**
     * One of {@code type}'s constants by its lower-case name ({@code always_invoice}),
     * {@code defaultValue} when absent; an unknown name is recorded in {@code f} listing the allowed ones.
     */
    public static <E extends Enum<E>> E choice(Fields f, JsonNode body, String field, Class<E> type, E defaultValue) {
        String text = f.optionalText(body, field, field, null, null);
        if (text == null) {
            return defaultValue;
        }
        return java.util.Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().toLowerCase(java.util.Locale.ROOT).equals(text))
                .findFirst()
                .orElseGet(() -> {
                    f.reject(
                            field,
                            "must be one of "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(type.getEnumConstants())
                                                    .map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                                                    .toList()));
                    return defaultValue;
                });
    }
}
