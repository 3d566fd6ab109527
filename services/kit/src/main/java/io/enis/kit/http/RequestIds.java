package io.enis.kit.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

    private RequestIds() {}

    /** Before-handler: assigns the id. */
    public static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put("request_id", id);
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: request ids must be unique, not
     * unguessable, and {@code UUID.randomUUID()} serializes every request on one SecureRandom.
     */
    static String newId() {
        var random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The id of this request ({@code null} before {@link #assign}). */
    public static String current(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
