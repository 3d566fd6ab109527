package io.enis.compliance.auditlog;

import java.util.Objects;

/**
 * Who made a change: the API key's id and name ({@code bootstrap} for {@code ENIS_ADMIN_API_KEY}), or
 * {@link #SYSTEM} for the service itself (scheduled digests).
 */
public record Actor(String id, String name) {
    public static final Actor SYSTEM = new Actor("system", "compliance service");

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
