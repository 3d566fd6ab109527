package io.enis.cloudbus.events;

/**
 * A publish beyond a configured size limit ({@code MAX_EVENTS_PER_REQUEST}, {@code MAX_EVENT_BYTES}):
 * the request is well formed but too large, so it is refused whole (the routes answer 413).
 */
public final class EventLimitException extends RuntimeException {
    private final String field;

    /** @param field what is too large, as the caller wrote it ({@code body}) */
    public EventLimitException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
