package io.enis.kit.config;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Networks and addresses in settings and headers, IPv4 and IPv6 alike: a comma-separated list of CIDRs or single
 * addresses ({@link #parse}), and one literal address ({@link #address}, never a DNS name). IPv4-mapped IPv6
 * addresses ({@code ::ffff:10.0.0.1}) are read as the IPv4 address they carry, so a network of either spelling
 * contains them.
 */
public final class Cidrs {
    /** What a literal address may look like before the library reads it: dotted IPv4, or hex and colons. */
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private Cidrs() {}

    /**
     * The networks of {@code spec}: each comma-separated entry an IPv4 or IPv6 CIDR ({@code 10.30.0.0/24},
     * {@code 2001:db8::/32}) or one address (its own network).
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static List<IPAddress> parse(String spec) {
        List<IPAddress> networks = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String cidr = entry.strip();
            try {
                IPAddress network = new IPAddressString(cidr).toAddress();
                if (network == null) {
                    throw new AddressStringException(cidr);
                }
                networks.add(network.isPrefixed() ? network.toPrefixBlock() : network);
            } catch (AddressStringException e) {
                throw new IllegalArgumentException(
                        "'" + cidr + "' is not an IPv4 or IPv6 address or CIDR (like 169.254.0.0/16)");
            }
        }
        return networks;
    }

    /** {@code text} as one literal IPv4 or IPv6 address without a prefix, or empty when it is anything else. */
    public static Optional<IPAddress> address(String text) {
        String t = text.strip();
        if (!LITERAL.matcher(t).matches()) {
            return Optional.empty();
        }
        IPAddress a = new IPAddressString(t).getAddress();
        return a == null || a.isPrefixed() || a.isMultiple() ? Optional.empty() : Optional.of(canonical(a));
    }

    /** {@code address} itself, or the IPv4 address an IPv4-mapped IPv6 address carries. */
    public static IPAddress canonical(IPAddress address) {
        if (address.isIPv6() && address.toIPv6().isIPv4Mapped()) {
            return address.toIPv6().getEmbeddedIPv4Address();
        }
        return address;
    }
}
