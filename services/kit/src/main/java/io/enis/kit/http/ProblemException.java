package io.enis.kit.http;

import io.enis.kit.http.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Thrown by handlers and validators; the kit turns it into a problem+json response. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient List<String[]> headers;

    public ProblemException(Problem problem) {
        this(problem, List.of());
    }

    private ProblemException(Problem problem, List<String[]> headers) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    /** Response headers to send with the problem (for example {@code Retry-After}). */
    public List<String[]> headers() {
        return headers;
    }

    /** The same problem with one more response header. */
    public ProblemException withHeader(String name, String value) {
        var all = new ArrayList<>(headers);
        all.add(new String[] {name, value});
        return new ProblemException(problem, List.copyOf(all));
    }

    /** 400: the request is malformed or fails validation; {@code errors} names each field. */
    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(400, "validation", "Invalid request", detail, errors));
    }

    /** 400 for a single field. */
    public static ProblemException invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 401: no or unknown credentials. */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "unauthorized", "Unauthorized", detail, List.of()))
                .withHeader("WWW-Authenticate", "Bearer");
    }

    /** 403: valid key without the scope. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail, List.of()));
    }

    /** 404 for a named resource. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail, List.of()));
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail, List.of()));
    }

    /** 413: the body is larger than allowed. */
    public static ProblemException tooLarge(String field, String detail) {
        return new ProblemException(
                Problem.of(413, "too-large", "Request too large", detail, List.of(new FieldError(field, detail))));
    }

    /** 415: a body in a format the endpoint does not read. */
    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(
                Problem.of(415, "unsupported-media-type", "Unsupported media type", detail, List.of()));
    }

    /** 422: well-formed but not processable in the current state (for example a cardinality limit). */
    public static ProblemException unprocessable(String slug, String title, String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(422, slug, title, detail, errors));
    }

    /**
     * 503: a store or dependency is unavailable; nothing was applied and the same request may be
     * retried after {@code retryAfterSeconds} (at least 1 is sent).
     */
    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(503, "unavailable", "Service unavailable", detail, List.of()))
                .withHeader("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds)));
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    public static ProblemException tooManyRequests(String slug, String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(429, slug, "Too many requests", detail, List.of()))
                .withHeader("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds)));
    }
}
