package io.enis.kit.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Javalin — a 503 while the service drains at
 * shutdown, a 400 for a request Jetty cannot parse — as {@code application/problem+json} like every
 * other error of the service (slug {@code unavailable} for 503, {@code validation} for 4xx, {@code
 * internal} otherwise). Never includes a stack trace.
 */
public final class JettyProblemHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String slug = code == 503 ? "unavailable" : code >= 400 && code < 500 ? "validation" : "internal";
        String detail = code == 503 ? "the service is shutting down or overloaded; retry on another replica"
                : HttpStatus.getMessage(code);
        Problem problem = Problem.of(code, slug, HttpStatus.getMessage(code), detail, List.of())
                .at(request.getHttpURI().getPath(), null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        if (code == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        response.write(true, ByteBuffer.wrap(Json.write(problem).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
