package io.enis.scorecard;

import java.util.Set;

/** The scopes of the scorecard API. */
public final class Scopes {
    /** Read KPIs, values, trends, snapshots and dashboards. */
    public static final String ANALYTICS_READ = "analytics:read";
    /** Define KPIs and dashboards, record values, close periods. */
    public static final String ANALYTICS_WRITE = "analytics:write";
    public static final Set<String> ALL = Set.of(ANALYTICS_READ, ANALYTICS_WRITE);

    private Scopes() {
    }
}
