package io.enis.compliance.audits;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an assessor decides about a control: it does not apply, it is waived until a date, or
 * {@code automatic}: withdraw the earlier decision and let the evidence decide again.
 */
public enum DecisionKind {
    NOT_APPLICABLE,
    WAIVED,
    AUTOMATIC;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DecisionKind> of(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }

    public static String allowed() {
        return "one of not_applicable, waived, automatic";
    }
}
