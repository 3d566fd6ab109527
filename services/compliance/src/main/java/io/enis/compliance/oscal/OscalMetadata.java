package io.enis.compliance.oscal;

import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code metadata} every exported OSCAL document starts with. */
final class OscalMetadata {
    private OscalMetadata() {}

    /**
     * @param lastModified when the content last changed (RFC 3339 with an offset, as OSCAL requires)
     * @param version      the document's own version
     */
    static Map<String, Object> of(String title, Instant lastModified, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("last-modified", lastModified.toString());
        m.put("version", version);
        m.put("oscal-version", OscalIds.OSCAL_VERSION);
        return m;
    }

    /** A property in ENIS's namespace. */
    static Map<String, Object> prop(String name, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("ns", OscalIds.NS);
        m.put("value", value);
        return m;
    }

    /** An OSCAL-defined property ({@code label}, {@code sort-id}), no namespace. */
    static Map<String, Object> oscalProp(String name, String value) {
        return new LinkedHashMap<>(Json.object("name", name, "value", value));
    }
}
