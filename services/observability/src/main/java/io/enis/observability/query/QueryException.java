package io.enis.observability.query;

/** A query that cannot be parsed or evaluated; the message says where and what is allowed. */
public final class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message, null, false, false);
    }
}
