package io.enis.kit.http;

import io.javalin.http.Context;

/**
 * Writes a problem the kit raises for a route (401, 403, 429 before the handler runs) in the error
 * format the route's protocol prescribes instead of problem+json — for example OTLP/HTTP, whose 4xx
 * bodies must be a {@code google.rpc.Status} in the request's encoding. The status code and the
 * problem's headers ({@code WWW-Authenticate}, {@code Retry-After}) are the implementation's to send.
 */
@FunctionalInterface
public interface ProblemFormat {
    void write(Context ctx, ProblemException problem);
}
