package io.enis.observability.otlp;

/**
 * An OTLP export refused as a whole: nothing of it is stored. {@code field} is where the problem is,
 * as an OTLP/JSON path ({@code resourceMetrics[0].scopeMetrics[1].metrics[2].histogram.dataPoints[0].bucketCounts})
 * or {@code body}, or the header concerned. No HTTP types: {@link OtlpHttp} maps the {@link Kind} to a status.
 */
public final class OtlpException extends Exception {
    /** Why the export is refused. */
    public enum Kind {
        /** The body cannot be decoded, or it contradicts itself (400). */
        INVALID,
        /** The body, decompressed or not, or the number of items exceeds a limit (413). */
        TOO_LARGE,
        /** A content type or content encoding that is not read (415). */
        UNSUPPORTED,
        /** Well-formed, but the store cannot take it in its current state, such as the series limit (422). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String field;
    private final String reason;

    public OtlpException(Kind kind, String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.kind = kind;
        this.field = field;
        this.reason = reason;
    }

    /** 400: the body cannot be decoded or contradicts itself. */
    public static OtlpException invalid(String field, String reason) {
        return new OtlpException(Kind.INVALID, field, reason);
    }

    public Kind kind() {
        return kind;
    }

    /** Where the problem is (a JSON path, {@code body} or a header name). */
    public String field() {
        return field;
    }

    /** What is wrong, without the field. */
    public String reason() {
        return reason;
    }
}
