package io.enis.billing;

import java.util.Set;

/** The scopes of the billing API. */
public final class Scopes {
    /** Read the catalogue, subscriptions and usage. */
    public static final String BILLING_READ = "billing:read";
    /** Change the catalogue and subscriptions. */
    public static final String BILLING_WRITE = "billing:write";
    /** Report usage events (what metered services hold, and nothing more). */
    public static final String USAGE_WRITE = "usage:write";
    public static final Set<String> ALL = Set.of(BILLING_READ, BILLING_WRITE, USAGE_WRITE);

    private Scopes() {
    }
}
