package io.enis.scorecard.trend;

/**
 * A method asked for more points than the series has. Callers that let the user pick the method turn
 * it into a refusal naming the method; others fall back to a simpler method or to no forecast.
 */
public final class InsufficientDataException extends RuntimeException {
    private final String method;
    private final int needed;
    private final int available;

    public InsufficientDataException(String method, int needed, int available) {
        super(method + " needs at least " + needed + " points, the series has " + available, null, false, false);
        this.method = method;
        this.needed = needed;
        this.available = available;
    }

    public String method() {
        return method;
    }

    public int needed() {
        return needed;
    }

    public int available() {
        return available;
    }
}
