package io.enis.kit.domain;

import java.util.List;

/** Input that fails validation; every offending field is named with what is allowed. Answered as 400. */
public final class InvalidInputException extends DomainException {
    private final transient List<Violation> violations;

    /**
     * @param detail     one line for humans
     * @param violations at least one
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public InvalidInputException(String detail, List<Violation> violations) {
        super(detail);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.violations = List.copyOf(violations);
    }

    /** One field and what is allowed for it. */
    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(field + ": " + message, List.of(new Violation(field, message)));
    }

    /** Several fields; the detail names how many and the first. */
    public static InvalidInputException of(List<Violation> violations) {
        if (violations.size() == 1) {
            return field(violations.get(0).field(), violations.get(0).message());
        }
        Violation first = violations.get(0);
        return new InvalidInputException(
                violations.size() + " invalid fields, first " + first.field() + ": " + first.message(), violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
