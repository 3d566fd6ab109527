package io.enis.stacks.synth;

import java.util.Collection;

/** A stack name that is not in the catalog; the message lists the valid names. */
public final class UnknownStackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownStackException(String name, Collection<String> known) {
        super("unknown stack '" + name + "'; allowed: " + String.join(", ", known));
    }
}
