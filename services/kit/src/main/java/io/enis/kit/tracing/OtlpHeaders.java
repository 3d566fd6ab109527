package io.enis.kit.tracing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The value of {@code OTEL_EXPORTER_OTLP_HEADERS} as the OpenTelemetry specification writes it:
 * {@code key1=value1,key2=value2}, each value percent-encoded ({@code Authorization=Bearer%20enis_xyz}).
 * A {@code +} stays a plus sign (the encoding is RFC 3986's, not a form's).
 */
public final class OtlpHeaders {
    /** An HTTP header name (RFC 9110 token). */
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private OtlpHeaders() {}

    /**
     * Parses {@code spec}; blank entries (a trailing comma) are skipped.
     *
     * @throws IllegalArgumentException naming the position of an entry without {@code =}, with an invalid
     *                                  header name or a malformed percent-escape — never the value itself,
     *                                  which usually is a credential
     */
    public static Map<String, String> parse(String spec) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String name = eq < 0 ? "" : entry.substring(0, eq).strip();
            if (eq < 0 || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is not name=value with an HTTP header name");
            }
            try {
                headers.put(
                        name,
                        URLDecoder.decode(entry.substring(eq + 1).strip().replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the value of '" + name + "' has a malformed percent-escape");
            }
        }
        return headers;
    }
}
