package io.enis.compliance.audits;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a control of an audit stands at a date. */
public enum ControlState {
    PASSING,
    FAILING,
    NOT_APPLICABLE,
    WAIVED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
