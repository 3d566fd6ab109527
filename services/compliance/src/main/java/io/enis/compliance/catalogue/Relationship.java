package io.enis.compliance.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the control a mapping starts from relates to the one it points to (the set relations of NIST
 * OLIR): what the source requires is {@code equal} to, a {@code subset} of, a {@code superset} of, or
 * {@code intersects} what the target requires.
 */
public enum Relationship {
    EQUAL,
    SUBSET,
    SUPERSET,
    INTERSECTS;

    /** Lower-case name, as written in the catalogue and the API. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when meeting the source also meets the target: equal, or the source is a superset. */
    public boolean sourceCoversTarget() {
        return this == EQUAL || this == SUPERSET;
    }

    /** True when meeting the target also meets the source: equal, or the source is a subset. */
    public boolean targetCoversSource() {
        return this == EQUAL || this == SUBSET;
    }

    /** The relationship with {@code label}, if one. */
    public static Optional<Relationship> of(String label) {
        return Arrays.stream(values()).filter(r -> r.label().equals(label)).findFirst();
    }

    /** The allowed labels, for messages. */
    public static String allowed() {
        return "one of equal, subset, superset, intersects";
    }
}
