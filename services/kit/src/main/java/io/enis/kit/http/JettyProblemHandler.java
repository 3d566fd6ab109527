package io.enis.kit.http;

import io.enis.kit.json.Json;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Javalin — a 503 while the service drains at
 * shutdown, a 400 for a request Jetty cannot parse (a path whose percent-encoded bytes are not UTF-8,
 * a bad header) — as {@code application/problem+json} like every other error of the service, for every
 * method (slug {@code unavailable} for 503, {@code validation} for 4xx with Jetty's reason as the
 * detail, {@code internal} otherwise). Never includes a stack trace.
 */
public final class JettyProblemHandler extends ErrorHandler {
    /** Every method gets a problem body (Jetty's default writes none for PUT, DELETE and the rest). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String slug = code == 503 ? "unavailable" : code >= 400 && code < 500 ? "validation" : "internal";
        String detail = code == 503
                ? "the service is shutting down or overloaded; retry on another replica"
                : code < 500 && message != null && !message.isBlank() ? clip(message) : HttpStatus.getMessage(code);
        Problem problem = Problem.of(code, slug, HttpStatus.getMessage(code), detail, List.of())
                .at(request.getHttpURI().getPath(), null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        if (code == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        response.write(true, ByteBuffer.wrap(Json.writeBytes(problem)), callback);
    }

    private static String clip(String message) {
        return message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }
}
