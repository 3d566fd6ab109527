package io.enis.billing.store;

import io.enis.kit.domain.InvalidInputException;

/**
 * Which page to list: at most {@code limit} items (1 to {@value #MAX}, default {@value #DEFAULT})
 * after the item whose id is {@code cursor} ({@code null}: from the first).
 */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    /** @throws InvalidInputException on {@code limit} or {@code cursor} */
    public PageRequest {
        if (limit < 1 || limit > MAX) {
            throw InvalidInputException.field("limit", "must be a whole number from 1 to " + MAX);
        }
        if (cursor != null && !Ids.PATTERN.matcher(cursor).matches()) {
            throw InvalidInputException.field("cursor", "must be the next_cursor of a previous page");
        }
    }

    /** What an empty query string asks for. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT, null);
    }

    /** The cursor as a lower bound for SQL ({@code id > :after}); "" sorts before every id. */
    public String after() {
        return cursor == null ? "" : cursor;
    }
}
