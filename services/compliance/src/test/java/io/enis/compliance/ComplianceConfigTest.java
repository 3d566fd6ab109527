package io.enis.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.compliance.evidence.S3Bucket;
import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void theEvidenceBucketTakesItsRegionAndEndpointFromTheStandardSettings() {
        var standard = ComplianceConfig.read(new Settings(Map.of(
                "EVIDENCE_BUCKET",
                "evidence",
                "AWS_REGION",
                "eu-west-1",
                "AWS_ENDPOINT_URL_S3",
                "https://s3.example")));
        assertThat(standard.evidenceBucket().orElseThrow())
                .isEqualTo(new S3Bucket(
                        "evidence", Optional.of("eu-west-1"), Optional.of(URI.create("https://s3.example"))));
        var ours = ComplianceConfig.read(new Settings(Map.of(
                "EVIDENCE_BUCKET", "evidence",
                "AWS_ENDPOINT_URL_S3", "https://s3.example",
                "EVIDENCE_S3_ENDPOINT", "http://127.0.0.1:9000")));
        assertThat(ours.evidenceBucket().orElseThrow().endpoint()).contains(URI.create("http://127.0.0.1:9000"));
        assertThat(ours.evidenceBucket().orElseThrow().region()).isEmpty();
        assertThat(ComplianceConfig.read(new Settings(Map.of("AWS_REGION", "eu-west-1")))
                        .evidenceBucket())
                .as("no bucket: the local store")
                .isEmpty();

        var bad = new Settings(Map.of("EVIDENCE_BUCKET", "evidence", "EVIDENCE_S3_ENDPOINT", "127.0.0.1:9000"));
        ComplianceConfig.read(bad);
        assertThatThrownBy(bad::requireValid)
                .hasMessageContaining("EVIDENCE_S3_ENDPOINT=127.0.0.1:9000: must be an http:// or https:// URL");
    }
}
