package io.enis.cloudbus;

import java.util.Set;

/** The scopes of the cloud-bus API. */
public final class Scopes {
    public static final String EVENTS_PUBLISH = "events:publish";
    public static final String BUSES_READ = "buses:read";
    public static final String BUSES_WRITE = "buses:write";
    public static final String DLQ_MANAGE = "dlq:manage";
    public static final Set<String> ALL = Set.of(EVENTS_PUBLISH, BUSES_READ, BUSES_WRITE, DLQ_MANAGE);

    private Scopes() {}
}
