package io.enis.kit.idempotency;

import io.enis.kit.auth.Authenticator;
import io.enis.kit.http.Problem;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * {@code Idempotency-Key} for writes (IETF draft-ietf-httpapi-idempotency-key-header): the first
 * response to a key (per API key) is stored with a hash of the request; a retry with the same key and
 * request gets that response again with {@code Idempotent-Replayed: true}; the same key with a
 * different request is 422; a retry while the first is still running is 409. 5xx responses and
 * failures are not stored, so the client can retry them. Records expire after the configured time:
 * an expired one is replaced on reuse, and {@link #purgeExpired()} removes the rest.
 * Requests without the header run normally.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final int IN_PROGRESS = 0;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration retention;

    /** @param retention how long a stored response is replayed (24h is usual) */
    public Idempotency(Jdbi jdbi, Clock clock, Duration retention) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.retention = retention;
    }

    /** Wraps a write handler of a route that has a scope. */
    public Handler wrap(Handler handler) {
        return ctx -> handle(ctx, handler);
    }

    private void handle(Context ctx, Handler handler) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            handler.handle(ctx);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String principal = Authenticator.principal(ctx).keyId();
        String requestHash = requestHash(ctx);
        long now = clock.millis();
        if (!reserve(principal, key, requestHash, now)) {
            replay(ctx, principal, key, requestHash);
            return;
        }
        boolean stored = false;
        try {
            handler.handle(ctx);
            int status = ctx.statusCode();
            if (status < 500) {
                jdbi.useHandle(h -> h.createUpdate("""
                                update idempotency_records set status = :status, content_type = :type, body = :body
                                where principal = :principal and idem_key = :key""")
                        .bind("status", status)
                        .bind("type", ctx.res().getContentType())
                        .bind("body", Responses.sentBody(ctx))
                        .bind("principal", principal)
                        .bind("key", key)
                        .execute());
                stored = true;
            }
        } finally {
            if (!stored) {
                release(principal, key);
            }
        }
    }

    /** Inserts the in-progress record; false when the key is taken (an expired record is replaced). */
    private boolean reserve(String principal, String key, String requestHash, long now) {
        if (insert(principal, key, requestHash, now)) {
            return true;
        }
        int expired = jdbi.withHandle(h -> h.createUpdate(
                        "delete from idempotency_records where principal = :principal and idem_key = :key and created_at < :cutoff")
                .bind("principal", principal)
                .bind("key", key)
                .bind("cutoff", now - retention.toMillis())
                .execute());
        return expired > 0 && insert(principal, key, requestHash, now);
    }

    private boolean insert(String principal, String key, String requestHash, long now) {
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                            insert into idempotency_records (principal, idem_key, request_hash, status, created_at)
                            values (:principal, :key, :hash, :status, :now)""")
                    .bind("principal", principal)
                    .bind("key", key)
                    .bind("hash", requestHash)
                    .bind("status", IN_PROGRESS)
                    .bind("now", now)
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException duplicate) {
            return false;
        }
    }

    /** Deletes every record past the retention (the kit runs it periodically, off the request path). */
    public void purgeExpired() {
        jdbi.useHandle(h -> h.createUpdate("delete from idempotency_records where created_at < :cutoff")
                .bind("cutoff", clock.millis() - retention.toMillis())
                .execute());
    }

    private void replay(Context ctx, String principal, String key, String requestHash) {
        record Stored(String hash, int status, String type, String body) {}
        List<Stored> rows = jdbi.withHandle(h -> h.createQuery("""
                        select request_hash, status, content_type, body from idempotency_records
                        where principal = :principal and idem_key = :key""")
                .bind("principal", principal)
                .bind("key", key)
                .map((rs, c) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list());
        if (rows.isEmpty()) {
            throw ProblemException.conflict("a request with this Idempotency-Key just failed; retry it");
        }
        Stored s = rows.get(0);
        if (!s.hash.equals(requestHash)) {
            throw ProblemException.unprocessable(
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "this Idempotency-Key was used for a different request",
                    List.of(new Problem.FieldError(HEADER, "already used for a different request")));
        }
        if (s.status == IN_PROGRESS) {
            throw ProblemException.conflict("the first request with this Idempotency-Key is still being processed");
        }
        ctx.status(s.status).header("Idempotent-Replayed", "true");
        if (s.type != null) {
            ctx.contentType(s.type);
        }
        ctx.result((s.body == null ? "" : s.body).getBytes(StandardCharsets.UTF_8));
    }

    private void release(String principal, String key) {
        jdbi.useHandle(
                h -> h.createUpdate("delete from idempotency_records where principal = :principal and idem_key = :key")
                        .bind("principal", principal)
                        .bind("key", key)
                        .execute());
    }

    private static String requestHash(Context ctx) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((ctx.method().name() + " " + ctx.path() + "?"
                            + (ctx.queryString() == null ? "" : ctx.queryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            md.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
