package io.enis.kit.http;

import io.enis.kit.domain.DomainException;
import io.enis.kit.domain.UnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves as problem+json: {@link ProblemException} as given, a domain refusal as {@link
 * DomainProblems} maps it, Javalin's own responses (404
 * unknown path, 405, 413 body too large) mapped to the same shape, and anything unexpected as a 500
 * that carries only the request id; the stack trace goes to the log, never to the client. The one
 * exception is a route whose protocol prescribes its own error bodies (OTLP's {@code google.rpc.Status}):
 * given a {@link ProblemFormat}, its problems are written by that format and the 404, 405 or 413 its
 * handler answers is kept as written.
 */
public final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    /**
     * Installs the handlers on a service's routes; a problem raised for a route in {@code formats} (key
     * {@code "POST /v1/traces"}, the method and the route's Javalin path) is written by its format
     * instead of as problem+json, and that route's own 404/405/413 answers are left as written.
     */
    public static void install(RoutesConfig routes, Map<String, ProblemFormat> formats) {
        routes.exception(ProblemException.class, (e, ctx) -> answer(ctx, e, formats));
        routes.exception(DomainException.class, (e, ctx) -> {
            if (e instanceof UnavailableException unavailable) {
                // one line per refused request, without the stack: an outage must not flood the log
                LOG.warn("{} {}: {} ({})", ctx.method(), ctx.path(), e.getMessage(), String.valueOf(unavailable.getCause()));
            }
            answer(ctx, DomainProblems.of(e), formats);
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> Responses.problem(ctx, fromJavalin(e.getStatus(), e.getMessage(), ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error in {} {}", ctx.method(), ctx.path(), e);
            Responses.problem(ctx, new ProblemException(Problem.of(500, "internal", "Internal error",
                    "the request failed; quote the request id when reporting it", List.of())));
        });
        for (int status : new int[] {404, 405, 413}) {
            routes.error(status, "*", ctx -> {
                String sent = ctx.res().getContentType();
                if ((sent == null || !sent.startsWith(Problem.CONTENT_TYPE)) && !formats.containsKey(routeKey(ctx))) {
                    Responses.problem(ctx, fromJavalin(status, null, ctx));
                }
            });
        }
    }

    private static void answer(Context ctx, ProblemException e, Map<String, ProblemFormat> formats) {
        ProblemFormat format = formats.isEmpty() ? null : formats.get(routeKey(ctx));
        if (format == null) {
            Responses.problem(ctx, e);
        } else {
            format.write(ctx, e);
        }
    }

    /** {@code "POST /v1/traces"} for the route the request matched; {@code ""} when it matched none. */
    private static String routeKey(Context ctx) {
        var matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "" : matched.method.name() + " " + matched.path;
    }

    private static ProblemException fromJavalin(int status, String message, Context ctx) {
        return switch (status) {
            case 404 -> ProblemException.notFound("no route " + ctx.method() + " " + ctx.path() + " (see /openapi.json)");
            case 405 -> new ProblemException(Problem.of(405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path(), List.of()));
            case 413 -> ProblemException.tooLarge("body", "the request body is larger than MAX_REQUEST_BYTES allows");
            default -> new ProblemException(Problem.of(status, "http-" + status, message == null ? "HTTP " + status : message,
                    message == null ? "HTTP " + status : message, List.of()));
        };
    }
}
