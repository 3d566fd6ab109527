package io.enis.constructs.core;

/**
 * Thrown when a construct is given props that are missing, malformed or contradict each other.
 * The message always names the props class, the field and what is allowed, so a CLI can print
 * it to the user as is.
 */
public final class InvalidPropsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidPropsException(String propsName, String field, String problem) {
        super(propsName + "." + field + ": " + problem);
    }
}
