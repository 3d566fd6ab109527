package io.enis.kit.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Request ids: a caller's {@code X-Request-Id} (1–128 of {@code [A-Za-z0-9._:-]}) is kept, anything else
 * is replaced by a fresh UUID. The id is echoed in the response header, put in the logging context
 * ({@code request_id}) and in every problem.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "enis.requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** Before-handler: assigns the id. */
    public static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put("request_id", id);
    }

    /** The id of this request ({@code null} before {@link #assign}). */
    public static String current(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
