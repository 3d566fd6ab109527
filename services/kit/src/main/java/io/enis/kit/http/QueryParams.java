package io.enis.kit.http;

/** Query-string parameters checked like body fields: a bad value is a 400 naming the parameter. */
public final class QueryParams {
    private QueryParams() {}

    /**
     * A whole number in {@code [min, max]}; {@code defaultValue} when absent.
     *
     * @throws ProblemException 400 naming {@code name} and the allowed range
     */
    public static int intInRange(String value, String name, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ProblemException.invalidField(name, "must be a whole number from " + min + " to " + max);
    }
}
