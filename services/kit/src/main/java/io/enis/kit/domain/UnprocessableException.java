package io.enis.kit.domain;

import java.util.List;

/**
 * Well-formed input the domain cannot take as it stands, for a reason with its own name (a cardinality
 * limit, an event older than the grace period). Answered as 422 with problem type {@code slug}.
 */
public final class UnprocessableException extends DomainException {
    private final String slug;
    private final String title;
    private final transient List<Violation> violations;

    /**
     * @param slug  the problem type's last path segment, documented in docs/api/problems.md
     * @param title a short, fixed summary of the problem type
     */
    public UnprocessableException(String slug, String title, String detail, List<Violation> violations) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
