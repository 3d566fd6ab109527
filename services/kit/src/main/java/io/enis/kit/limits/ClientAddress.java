package io.enis.kit.limits;

import io.javalin.http.Context;

/**
 * The client address of a request, resolved once when the request arrives ({@link #assign}, the kit's
 * first before-handler after the request id when {@code TRUSTED_PROXIES} names any proxy, so every path —
 * 401, 404, 429 — has it; without one there is nothing to resolve and {@link #of} is the TCP peer) and read by
 * everything that names the client: the per-client rate limit, the access log ({@code client_ip}, and
 * {@code peer_ip} when the TCP peer differs) and the request's span ({@code client.address},
 * {@code network.peer.address}). The rule is {@link TrustedProxies#client(Context)}: the TCP peer, or for
 * a request from a proxy in {@code TRUSTED_PROXIES} the right-most untrusted address of
 * {@code X-Forwarded-For}.
 */
public final class ClientAddress {
    private static final String ATTRIBUTE = "enis.clientAddress";

    private ClientAddress() {}

    /** Before-handler step: resolves the request's client with {@code proxies} and keeps it on the request. */
    public static void assign(Context ctx, TrustedProxies proxies) {
        ctx.attribute(ATTRIBUTE, proxies.client(ctx));
    }

    /**
     * The client address {@link #assign} resolved; the TCP peer's address when it has not run for this
     * request (a server that does not assign trusts no proxy).
     */
    public static String of(Context ctx) {
        String client = ctx.attribute(ATTRIBUTE);
        return client != null ? client : peer(ctx);
    }

    /** The TCP peer's address (the load balancer's, behind one), whatever {@code X-Forwarded-For} says. */
    public static String peer(Context ctx) {
        return ctx.ip();
    }
}
