package io.enis.kit.outbound;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import io.enis.kit.config.Cidrs;
import io.enis.kit.config.Settings;
import io.enis.kit.json.Fields;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a service may send the requests it makes on a user's behalf (alert webhooks, cloud-bus
 * targets). A user who can register a webhook URL must not be able to make the service call the node's
 * metadata endpoint (169.254.169.254 hands out the pod's cloud credentials) or the service's own
 * loopback, so every address a URL's host resolves to is checked against denied networks: when the
 * URL is registered (refused with a clear reason) and again before each request (DNS can change).
 *
 * <p>Setting {@value #SETTING}: comma-separated CIDRs; default {@value #DEFAULT} (loopback,
 * unspecified, link-local incl. AWS IMDS and EKS Pod Identity, AWS IPv6 IMDS, multicast). Private
 * networks are allowed: in-cluster receivers live there, and the network policies limit egress.
 * {@code none} denies nothing — for tests and development on one machine; document why when used.
 *
 * <p>Residual risk, documented: between this check and the HTTP client's own resolution a hostile DNS
 * server could answer differently (rebinding); the network policy is the second layer.
 */
public final class OutboundPolicy {
    /** The environment variable. */
    public static final String SETTING = "OUTBOUND_DENIED_NETWORKS";
    /** Denied unless configured otherwise. */
    public static final String DEFAULT =
            "127.0.0.0/8,::1/128,0.0.0.0/8,::/128,169.254.0.0/16,fe80::/10,fd00:ec2::/32,224.0.0.0/4,ff00::/8";

    /** Denies nothing: for URLs already accepted once (stored rules), which are checked again before each request. */
    public static final OutboundPolicy NONE = new OutboundPolicy(List.of());
    /** What a webhook URL in a request looks like (checked further by {@link #checkUrl}). */
    public static final Pattern URL = Pattern.compile("https?://\\S{1,2000}");
    /** How {@link #URL} is described to a client. */
    public static final String URL_ALLOWED = "an http:// or https:// URL";

    private final List<IPAddress> denied;

    private OutboundPolicy(List<IPAddress> denied) {
        this.denied = List.copyOf(denied);
    }

    /** Reads {@value #SETTING}; an invalid entry is reported through {@code settings} by name. */
    public static OutboundPolicy read(Settings settings) {
        String spec = settings.string(
                SETTING,
                DEFAULT,
                "networks (CIDRs, comma-separated) that webhooks may not reach; 'none' denies nothing");
        try {
            return of(spec);
        } catch (IllegalArgumentException e) {
            settings.reject(SETTING + "='" + spec + "': " + e.getMessage());
            return of(DEFAULT);
        }
    }

    /**
     * Parses a comma-separated list of CIDRs (or single addresses), or {@code none}.
     *
     * @throws IllegalArgumentException naming the entry that is not an IPv4/IPv6 address or CIDR
     */
    public static OutboundPolicy of(String spec) {
        if (spec.isBlank()) {
            throw new IllegalArgumentException("must list CIDRs, or be 'none'");
        }
        if (spec.strip().equalsIgnoreCase("none")) {
            return NONE;
        }
        List<IPAddress> networks = Cidrs.parse(spec);
        return new OutboundPolicy(networks);
    }

    /**
     * Checks a webhook URL that matched {@link #URL} in a request: it must parse, name a host and not
     * point into a denied network. Problems are reported to {@code fields} under {@code path}.
     */
    public void checkUrl(Fields fields, String path, String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                fields.reject(path, "must name a host");
            } else {
                refusal(uri).ifPresent(why -> fields.reject(path, "is not allowed: " + why));
            }
        } catch (IllegalArgumentException e) {
            fields.reject(path, "is not a valid URL: " + e.getMessage());
        }
    }

    /**
     * Why a request to {@code url} must not be sent, or empty when it may. Resolves the host; a host
     * that does not resolve is not refused here (the request then fails as unreachable).
     */
    public Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (denied.isEmpty() || host == null) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            IPAddress ip = canonical(address);
            for (IPAddress network : denied) {
                if (network.contains(ip)) {
                    String resolved =
                            host.equals(address.getHostAddress()) || host.equals("[" + address.getHostAddress() + "]")
                                    ? host
                                    : host + " (" + address.getHostAddress() + ")";
                    return Optional.of(
                            "destination " + resolved + " is in the denied network " + network + " (" + SETTING + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static IPAddress canonical(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return new IPv4Address(v4);
        }
        return Cidrs.canonical(new IPv6Address((Inet6Address) address));
    }
}
