package io.enis.stacks.environment;

import java.util.List;

/**
 * An environment file that cannot be used. Carries every problem found, each naming the file, the
 * field path and what is allowed, e.g.
 * {@code environments/prod.yaml: network.vpcCidr: '10.0.0.1/16' is not a network address; allowed: ...}.
 */
public final class InvalidEnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public InvalidEnvironmentException(List<String> errors) {
        super(String.join(System.lineSeparator(), errors));
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, one line each. */
    public List<String> errors() {
        return errors;
    }
}
