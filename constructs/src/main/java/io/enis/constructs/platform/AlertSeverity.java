package io.enis.constructs.platform;

import java.util.Locale;

/** The severity label of an alert, which Alertmanager routes on; most severe first. */
public enum AlertSeverity {
    CRITICAL, WARNING, INFO;

    /** The label value, e.g. {@code critical}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
