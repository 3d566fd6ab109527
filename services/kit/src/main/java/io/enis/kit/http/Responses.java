package io.enis.kit.http;

import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes every response body as UTF-8 bytes, whatever the request held, and lets the {@link
 * io.enis.kit.idempotency.Idempotency} helper read back exactly what was sent.
 *
 * <p>Never {@code ctx.result(String)}: Javalin encodes it with the response charset, which for a media
 * type without a {@code charset} parameter Jetty does not know to be UTF-8 ({@code
 * application/problem+json}) is ISO-8859-1, so a problem echoing a non-ASCII path or field left as
 * bytes that are not UTF-8.
 */
public final class Responses {
    private Responses() {}

    /** {@code status} with {@code body} as JSON. */
    public static void json(Context ctx, int status, Object body) {
        bytes(ctx, status, "application/json", Json.writeBytes(body));
    }

    /** 200 with {@code body} as JSON. */
    public static void ok(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    /** A problem as {@code application/problem+json}, placed at this request. */
    public static void problem(Context ctx, ProblemException e) {
        e.headers().forEach(h -> ctx.header(h[0], h[1]));
        Problem p = e.problem().at(ctx.path(), RequestIds.current(ctx));
        bytes(ctx, p.status(), Problem.CONTENT_TYPE, Json.writeBytes(p));
    }

    /** {@code status} with {@code body} of {@code contentType}, encoded as UTF-8. */
    public static void text(Context ctx, int status, String contentType, String body) {
        bytes(ctx, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(Context ctx, int status, String contentType, byte[] body) {
        ctx.status(status).contentType(contentType).result(body);
    }

    /** The body written so far, as the UTF-8 text it is ({@code ""} when none); the response keeps it. */
    public static String sentBody(Context ctx) {
        InputStream in = ctx.resultInputStream();
        if (in == null) {
            return "";
        }
        if (!in.markSupported()) {
            throw new IllegalStateException("the response body is a stream that cannot be read twice");
        }
        try {
            in.mark(Integer.MAX_VALUE);
            byte[] body = in.readAllBytes();
            in.reset();
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
