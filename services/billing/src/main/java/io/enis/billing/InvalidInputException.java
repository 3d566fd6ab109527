package io.enis.billing;

/**
 * A value the billing domain refuses: which field, and what is allowed. Carries no HTTP types; the
 * service layer (next) maps it to a problem+json 422 with {@link #field()} as the offending field.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private final String field;

    /**
     * @param field   the field path as the caller named it, for example {@code currency} or
     *                {@code tiers[2].up_to}
     * @param message what is wrong and what is allowed
     */
    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The offending field's path. */
    public String field() {
        return field;
    }
}
