package io.enis.compliance.evidence;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What evidence says about its controls: they are met ({@code pass}: uploads, passing rules) or not ({@code fail}: findings). */
public enum EvidenceResult {
    PASS,
    FAIL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EvidenceResult of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
