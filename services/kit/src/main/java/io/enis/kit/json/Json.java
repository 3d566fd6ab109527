package io.enis.kit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.enis.kit.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON mapper of a service: ISO-8601 times, no nulls in lists of fields, strict duplicates. */
public final class Json {
    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = create();

    private Json() {}

    private static ObjectMapper create() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(64).build());
        return mapper;
    }

    /**
     * Serializes {@code value} as UTF-8 bytes, what every response body is. Unlike encoding the string
     * of {@link #write}, a lone surrogate taken from a request (JSON escapes can carry one) leaves as a
     * JSON escape instead of bytes that are not UTF-8.
     */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /** Serializes {@code value}; a failure here is a programming error. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * A JSON object whose keys keep the order given: {@code object("from", a, "to", b)}. Use it instead of
     * {@code Map.of} for anything serialized: {@code Map.of}'s iteration order changes from one JVM to the next,
     * so the same data would not give the same bytes after a restart or on another replica.
     *
     * @throws IllegalArgumentException for an odd count, a key that is not a string, a null value (as
     *     {@code Map.of}) or a repeated key
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>(keysAndValues.length);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("key " + i / 2 + " is not a string");
            }
            Object value = keysAndValues[i + 1];
            if (value == null) {
                throw new IllegalArgumentException("null value for key " + key);
            }
            if (m.put(key, value) != null) {
                throw new IllegalArgumentException("repeated key " + key);
            }
        }
        return m;
    }

    /**
     * Parses a request body.
     *
     * @throws InvalidInputException naming {@code body} with the line and column of the syntax error
     */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw InvalidInputException.field("body", "a JSON body is required");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw InvalidInputException.field("body", "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
