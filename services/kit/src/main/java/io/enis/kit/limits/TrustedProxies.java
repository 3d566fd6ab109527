package io.enis.kit.limits;

import inet.ipaddr.IPAddress;
import io.enis.kit.config.Cidrs;
import io.enis.kit.config.Settings;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Which address a request comes from when it may have passed through proxies that add the client's address
 * to {@code X-Forwarded-For} (an AWS ALB appends it; a client can put anything before it). Setting
 * {@value #SETTING}: comma-separated IPv4/IPv6 CIDRs or addresses of the proxies in front of the service;
 * absent, no proxy is trusted and the client is the TCP peer (the kit's behaviour before the setting).
 *
 * <p>The algorithm ({@link #client(String, List)}) is the standard safe one: when the TCP peer is not a trusted
 * proxy it is the client, and the header is ignored (anyone may send one). Otherwise the entries of every
 * {@code X-Forwarded-For} header, in order, are read from the right: the first address that is not a trusted
 * proxy is the client; entries to its left are never read (a client can write them, so a spoofed left-most
 * entry changes nothing); when every entry is a trusted proxy, the left-most one. A header that is absent or
 * empty, or an entry read on the way that is not one literal IPv4 or IPv6 address (a name, a port, a
 * prefix, {@code unknown}), gives the TCP peer: a malformed chain is not believed.
 */
public final class TrustedProxies {
    /** The environment variable. */
    public static final String SETTING = "TRUSTED_PROXIES";
    /** The header read. */
    public static final String HEADER = "X-Forwarded-For";
    /** Trusts no proxy: the client is always the TCP peer. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<IPAddress> proxies;

    private TrustedProxies(List<IPAddress> proxies) {
        this.proxies = List.copyOf(proxies);
    }

    /**
     * Reads {@value #SETTING}; an entry that is not a CIDR or address is reported through {@code settings} by
     * name (the service then exits with code 2), and no proxy is trusted.
     */
    public static TrustedProxies read(Settings settings) {
        Optional<String> spec = settings.optional(
                SETTING,
                "proxies in front of the service (comma-separated IPv4/IPv6 CIDRs, like the load balancer's "
                        + "subnets): from a request they pass, the client address (per-client limits, the access "
                        + "log's client_ip, the span's client.address) is the right-most untrusted address of "
                        + "X-Forwarded-For; absent: trust none, the TCP peer is the client");
        if (spec.isEmpty()) {
            return NONE;
        }
        try {
            return of(spec.get());
        } catch (IllegalArgumentException e) {
            settings.reject(SETTING + "='" + spec.get() + "': " + e.getMessage());
            return NONE;
        }
    }

    /**
     * The proxies of a comma-separated list of CIDRs or addresses.
     *
     * @throws IllegalArgumentException naming the entry that is not an IPv4/IPv6 address or CIDR
     */
    public static TrustedProxies of(String spec) {
        return new TrustedProxies(Cidrs.parse(spec));
    }

    /** Whether any proxy is trusted; without one the client is always the TCP peer. */
    public boolean trustsAny() {
        return !proxies.isEmpty();
    }

    /**
     * The client address of a request: {@link #client(String, List)} of its TCP peer and its headers. The kit
     * calls it once per request ({@link ClientAddress#assign}); read the result with {@link ClientAddress#of}.
     */
    public String client(Context ctx) {
        if (proxies.isEmpty()) {
            return ctx.ip();
        }
        return client(ctx.ip(), Collections.list(ctx.req().getHeaders(HEADER)));
    }

    /**
     * The client address of a request from {@code peer} (the TCP peer's address) carrying the
     * {@code X-Forwarded-For} headers {@code forwardedFor} in the order received; see the class comment. An
     * address read from the header is written in its canonical form ({@code 2001:db8::7}, an IPv4-mapped IPv6
     * address as IPv4); the peer as given.
     */
    public String client(String peer, List<String> forwardedFor) {
        if (!trusted(Cidrs.address(peer))) {
            return peer;
        }
        List<String> entries = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",", -1)) {
                entries.add(entry);
            }
        }
        IPAddress last = null;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Optional<IPAddress> hop = Cidrs.address(entries.get(i));
            if (hop.isEmpty()) {
                return peer;
            }
            last = hop.get();
            if (!trusted(hop)) {
                return last.toCanonicalString();
            }
        }
        return last == null ? peer : last.toCanonicalString();
    }

    private boolean trusted(Optional<IPAddress> address) {
        return address.isPresent() && proxies.stream().anyMatch(p -> p.contains(address.get()));
    }
}
