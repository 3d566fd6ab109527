package io.enis.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceConfigTest {
    private static KeyPair ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }

    @Test
    void aConfiguredKeyPairSignsTheDigests() throws Exception {
        KeyPair keys = ed25519();
        var config = ComplianceConfig.read(new Settings(Map.of(
                "AUDIT_SIGNING_KEY", pem("PRIVATE KEY", keys.getPrivate().getEncoded()),
                "AUDIT_SIGNING_PUBLIC_KEY",
                        Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()))));
        assertThat(config.signer()).isPresent();
        assertThat(config.signer().get().isEphemeral()).isFalse();
        assertThat(config.signer().get().publicKeyBase64())
                .isEqualTo(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    }

    @Test
    void halfAPairOrTwoKeysThatAreNotAPairAreRefused() throws Exception {
        KeyPair one = ed25519();
        KeyPair other = ed25519();
        var settings = new Settings(Map.of(
                "AUDIT_SIGNING_KEY",
                Base64.getEncoder().encodeToString(one.getPrivate().getEncoded())));
        ComplianceConfig.read(settings);
        assertThatThrownBy(settings::requireValid)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("set both or neither");

        var mismatched = new Settings(Map.of(
                "AUDIT_SIGNING_KEY",
                Base64.getEncoder().encodeToString(one.getPrivate().getEncoded()),
                "AUDIT_SIGNING_PUBLIC_KEY",
                Base64.getEncoder().encodeToString(other.getPublic().getEncoded())));
        ComplianceConfig.read(mismatched);
        assertThatThrownBy(mismatched::requireValid).hasMessageContaining("the public key is not the private key's");

        var garbage = new Settings(Map.of("AUDIT_SIGNING_KEY", "not a key", "AUDIT_SIGNING_PUBLIC_KEY", "nope"));
        ComplianceConfig.read(garbage);
        assertThatThrownBy(garbage::requireValid)
                .hasMessageContaining("not an Ed25519 private key in PKCS#8")
                .hasMessageNotContaining("not a key");
    }

    @Test
    void withoutAKeyOneIsGeneratedLater() {
        assertThat(ComplianceConfig.read(new Settings(Map.of())).signer()).isEmpty();
    }
}
