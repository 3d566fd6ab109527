package io.enis.compliance;

import java.util.Set;

/** The scopes of the compliance API. */
public final class Scopes {
    /** Read the catalogue, audits, evidence, reports and the audit log. */
    public static final String READ = "compliance:read";
    /** Create and run audits: transitions, control decisions, scans, evidence. */
    public static final String WRITE = "compliance:write";
    /** Operate the audit log: sign a digest now. */
    public static final String ADMIN = "compliance:admin";

    public static final Set<String> ALL = Set.of(READ, WRITE, ADMIN);

    private Scopes() {}
}
