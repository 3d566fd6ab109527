package io.enis.kit.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code type} points at the page of
 * docs/api/problems.md that explains the problem; {@code errors} names each offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors) {
    /** Base of every problem type URI. */
    public static final String TYPE_BASE = "https://docs.enis.cloud/problems/";

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of {@code slug} (for example {@code validation}) without instance or request id yet. */
    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, errors);
    }

    /** The same problem, placed at the request that caused it. */
    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }

    /** One invalid field: its JSON path ({@code samples[2].labels}) or parameter name, and what is allowed. */
    public record FieldError(String field, String message) {}
}
