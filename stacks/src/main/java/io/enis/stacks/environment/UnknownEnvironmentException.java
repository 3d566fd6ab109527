package io.enis.stacks.environment;

import java.util.List;

/** An environment name with no {@code environments/<name>.yaml}; the message lists the valid names. */
public final class UnknownEnvironmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownEnvironmentException(String name, List<String> known) {
        super("unknown environment '" + name + "'; allowed: " + String.join(", ", known));
    }
}
