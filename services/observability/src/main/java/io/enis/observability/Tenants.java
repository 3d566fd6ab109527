package io.enis.observability;

import io.enis.kit.http.ProblemException;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The tenant of a request: the {@code X-Scope-OrgID} header (the Cortex/Mimir convention, which
 * Grafana's Prometheus data source can send), {@value #DEFAULT} when absent. Series, limits, queries,
 * traces and alert rules are separate per tenant.
 */
public final class Tenants {
    public static final String HEADER = "X-Scope-OrgID";
    public static final String DEFAULT = "default";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private Tenants() {}

    /** @throws ProblemException 400 naming the header when it is not 1–64 of {@code [A-Za-z0-9_.-]} */
    public static String of(Context ctx) {
        String value = ctx.header(HEADER);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        if (!ID.matcher(value).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 64 characters of A-Z a-z 0-9 _ . -");
        }
        return value;
    }
}
