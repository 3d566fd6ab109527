package io.enis.kit.domain;

import java.util.List;

/**
 * Input larger than a configured limit allows (more samples or spans per request than the limit, a
 * body that decompresses past its bound). Answered as 413 with problem type {@code too-large}; nothing
 * was stored.
 */
public final class TooLargeException extends DomainException {
    private final transient List<Violation> violations;

    /** @param violations the fields over their limit, may be empty */
    public TooLargeException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    /** One field over its limit; the detail is {@code message} (it names the limit). */
    public static TooLargeException field(String field, String message) {
        return new TooLargeException(message, List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
