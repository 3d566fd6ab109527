package io.enis.kit.domain;

import java.util.List;

/**
 * A request that conflicts with the current state: an illegal state transition, an identifier reused
 * with a different payload, a name already taken. Answered as 409; nothing was changed.
 */
public final class ConflictException extends DomainException {
    private final transient List<Violation> violations;

    public ConflictException(String detail) {
        this(detail, List.of());
    }

    /** @param violations the fields involved, may be empty */
    public ConflictException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
