package io.enis.observability.ingest;

import java.util.List;

/**
 * A remote-write request that cannot be stored as sent, with every offending field (a path into the
 * request such as {@code timeseries[2].labels[0].name}, or {@code body}). Nothing of it was stored.
 */
public final class RemoteWriteException extends RuntimeException {
    /** Why the request was refused. */
    public enum Kind {
        /** Not snappy, not a WriteRequest, or invalid names, labels or metadata. */
        MALFORMED,
        /** More samples or more bytes once uncompressed than the limits allow. */
        TOO_LARGE
    }

    /** One offending field and what is allowed. */
    public record Violation(String field, String message) {}

    private final transient Kind kind;
    private final transient List<Violation> violations;

    RemoteWriteException(Kind kind, List<Violation> violations, int total) {
        super(
                violations.get(0).field() + ": " + violations.get(0).message()
                        + (total > 1 ? " (and " + (total - 1) + " more)" : ""),
                null,
                false,
                false);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    static RemoteWriteException malformed(String field, String message) {
        return new RemoteWriteException(Kind.MALFORMED, List.of(new Violation(field, message)), 1);
    }

    static RemoteWriteException tooLarge(String field, String message) {
        return new RemoteWriteException(Kind.TOO_LARGE, List.of(new Violation(field, message)), 1);
    }

    public Kind kind() {
        return kind;
    }

    /** The offending fields, at most the first 50. */
    public List<Violation> violations() {
        return violations;
    }
}
