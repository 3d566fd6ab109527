package io.enis.kit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client address behind trusted proxies: the right-most untrusted address of X-Forwarded-For. */
class TrustedProxiesTest {
    private final TrustedProxies alb = TrustedProxies.of("10.30.0.0/24, 10.30.1.0/24, 2001:db8:aa::/48");

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItsHeaderSays() {
        assertThat(alb.client("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
        assertThat(TrustedProxies.NONE.client("10.30.0.5", List.of("203.0.113.9")))
                .as("no setting: the TCP peer, as before")
                .isEqualTo("10.30.0.5");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedEntryIsTheClient() {
        assertThat(alb.client("10.30.0.5", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // the ALB appended the client; what the client wrote before that is ignored
        assertThat(alb.client("10.30.0.5", List.of("1.2.3.4, 5.6.7.8, 203.0.113.9")))
                .isEqualTo("203.0.113.9");
        // two proxies of ours in a row: both skipped
        assertThat(alb.client("10.30.1.20", List.of("9.9.9.9,203.0.113.9, 10.30.0.5")))
                .isEqualTo("203.0.113.9");
        // several headers count as one list, in the order received
        assertThat(alb.client("10.30.0.5", List.of("9.9.9.9", "203.0.113.9, 10.30.1.3")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void spoofedOrMalformedLeftMostEntriesAreNeverRead() {
        assertThat(alb.client("10.30.0.5", List.of("not-an-address, 10.30.0.7, 203.0.113.9")))
                .isEqualTo("203.0.113.9");
        assertThat(alb.client("10.30.0.5", List.of("unknown, 203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void ipv6AndIpv4MappedAddresses() {
        assertThat(alb.client("2001:db8:aa::1", List.of("2001:DB8:0:0:0:0:0:7")))
                .isEqualTo("2001:db8::7");
        assertThat(alb.client("::ffff:10.30.0.5", List.of("::ffff:203.0.113.9")))
                .isEqualTo("203.0.113.9");
        assertThat(alb.client("10.30.0.5", List.of("2001:db8::7, 2001:db8:aa::9")))
                .isEqualTo("2001:db8::7");
    }

    @Test
    void whenEveryEntryIsATrustedProxyTheLeftMostIsTheClient() {
        assertThat(alb.client("10.30.0.5", List.of("10.30.1.9, 10.30.0.8"))).isEqualTo("10.30.1.9");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "203.0.113.9, ",
                "203.0.113.9:443",
                "[2001:db8::7]",
                "client.example.com",
                "203.0.113.0/24",
                "203.0.113.9 203.0.113.10",
                "unknown",
                "1",
                "203.0.113.*"
            })
    void aMalformedChainGivesThePeer(String header) {
        assertThat(alb.client("10.30.0.5", List.of(header))).isEqualTo("10.30.0.5");
    }

    @Test
    void noHeaderGivesThePeer() {
        assertThat(alb.client("10.30.0.5", List.of())).isEqualTo("10.30.0.5");
    }

    @Test
    void theSettingIsOptionalDocumentedAndABadCidrIsNamed() {
        Settings absent = new Settings(Map.of());
        assertThat(TrustedProxies.read(absent)).isSameAs(TrustedProxies.NONE);
        absent.requireValid();
        assertThat(absent.documented().get(0).name()).isEqualTo("TRUSTED_PROXIES");
        assertThat(absent.documented().get(0).defaultValue()).isNull();

        Settings good = new Settings(Map.of("TRUSTED_PROXIES", "10.30.0.0/24,2001:db8::/32"));
        assertThat(TrustedProxies.read(good).client("2001:db8::1", List.of("203.0.113.9")))
                .isEqualTo("203.0.113.9");
        good.requireValid();

        Settings bad = new Settings(Map.of("TRUSTED_PROXIES", "10.30.0.0/24, 10.30.0.0/99"));
        TrustedProxies.read(bad);
        assertThatThrownBy(bad::requireValid)
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .containsExactly("TRUSTED_PROXIES='10.30.0.0/24, 10.30.0.0/99': '10.30.0.0/99' is not an IPv4 "
                                + "or IPv6 address or CIDR (like 169.254.0.0/16)"));
    }
}
