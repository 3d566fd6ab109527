package io.enis.billing.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.enis.kit.json.Json;

/** Values the stores keep as JSON text (addresses, tax rates, prices, traces): written and read back. */
public final class JsonColumn {
    private JsonColumn() {
    }

    public static String write(Object value) {
        return value == null ? null : Json.write(value);
    }

    /** @throws IllegalStateException when a stored value is not what was written (a defect) */
    public static <T> T read(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getType(), e);
        }
    }

    public static <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getSimpleName(), e);
        }
    }
}
