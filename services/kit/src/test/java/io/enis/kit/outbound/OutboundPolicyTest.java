package io.enis.kit.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundPolicyTest {
    private final OutboundPolicy defaults = OutboundPolicy.of(OutboundPolicy.DEFAULT);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                "http://169.254.170.23/v1/credentials",
                "http://127.0.0.1:8081/v1/admin/keys",
                "http://localhost:8085/",
                "http://[::1]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[fd00:ec2::254]/",
                "http://0.0.0.0:8080/",
            })
    void metadataLoopbackAndLinkLocalAreRefusedWithTheNetwork(String url) {
        assertThat(defaults.refusal(URI.create(url)))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("denied network", "OUTBOUND_DENIED_NETWORKS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://203.0.113.10/hook", "http://10.100.3.4:8080/in-cluster", "http://[2001:db8::1]/"})
    void publicAndPrivateNetworksAreAllowed(String url) {
        assertThat(defaults.refusal(URI.create(url))).isEmpty();
    }

    @Test
    void theReasonNamesHostAddressAndNetwork() {
        assertThat(defaults.refusal(URI.create("http://localhost/")).orElseThrow())
                .matches(
                        "destination localhost \\((127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)\\) is in the denied network .* \\(OUTBOUND_DENIED_NETWORKS\\)");
        assertThat(defaults.refusal(URI.create("http://169.254.169.254/")).orElseThrow())
                .isEqualTo(
                        "destination 169.254.169.254 is in the denied network 169.254.0.0/16 (OUTBOUND_DENIED_NETWORKS)");
    }

    @Test
    void unresolvableHostsAreLeftToFailAsUnreachable() {
        assertThat(defaults.refusal(URI.create("http://no-such-host.invalid/"))).isEmpty();
    }

    @Test
    void customNetworksAndNone() {
        var custom = OutboundPolicy.of(" 10.0.0.0/8 , 192.168.1.7");
        assertThat(custom.refusal(URI.create("http://10.1.2.3/"))).isPresent();
        assertThat(custom.refusal(URI.create("http://192.168.1.7/"))).isPresent();
        assertThat(custom.refusal(URI.create("http://192.168.1.8/"))).isEmpty();
        assertThat(custom.refusal(URI.create("http://127.0.0.1/"))).isEmpty();
        assertThat(OutboundPolicy.of("none").refusal(URI.create("http://169.254.169.254/")))
                .isEmpty();
    }

    @Test
    void badEntriesAreNamed() {
        assertThatThrownBy(() -> OutboundPolicy.of("10.0.0.0/8,intranet"))
                .hasMessageContaining("'intranet' is not an IPv4 or IPv6 address or CIDR");
        assertThatThrownBy(() -> OutboundPolicy.of(" ")).hasMessageContaining("'none'");
        var settings = new Settings(Map.of("OUTBOUND_DENIED_NETWORKS", "10.0.0.0/33"));
        OutboundPolicy.read(settings);
        assertThatThrownBy(settings::requireValid)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("OUTBOUND_DENIED_NETWORKS='10.0.0.0/33': '10.0.0.0/33' is not");
    }
}
