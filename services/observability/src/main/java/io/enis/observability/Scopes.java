package io.enis.observability;

import java.util.Set;

/** The scopes of the observability API. */
public final class Scopes {
    public static final String METRICS_WRITE = "metrics:write";
    public static final String METRICS_READ = "metrics:read";
    public static final String TRACES_WRITE = "traces:write";
    public static final String TRACES_READ = "traces:read";
    public static final String ALERTS_READ = "alerts:read";
    public static final String ALERTS_WRITE = "alerts:write";
    public static final Set<String> ALL =
            Set.of(METRICS_WRITE, METRICS_READ, TRACES_WRITE, TRACES_READ, ALERTS_READ, ALERTS_WRITE);

    private Scopes() {}
}
