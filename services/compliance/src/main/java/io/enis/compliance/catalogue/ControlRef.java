package io.enis.compliance.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A control named by its framework: {@code ISO27001:A.8.24}, {@code GDPR:Art. 32}. The framework id
 * never contains a colon, so the first colon separates the two.
 */
public record ControlRef(String framework, String control) implements Comparable<ControlRef> {
    public ControlRef {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(control, "control");
    }

    /** {@code FRAMEWORK:CONTROL}, if {@code text} has that shape (both parts non-blank). */
    public static Optional<ControlRef> parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0
                || colon == text.length() - 1
                || text.substring(colon + 1).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ControlRef(text.substring(0, colon), text.substring(colon + 1)));
    }

    @JsonValue
    @Override
    public String toString() {
        return framework + ":" + control;
    }

    @Override
    public int compareTo(ControlRef other) {
        return toString().compareTo(other.toString());
    }
}
