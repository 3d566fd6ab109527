package io.enis.compliance.auditlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs the audit log's digests with Ed25519 (the JDK's own provider). The key id is the first 16 hex
 * digits of the SHA-256 of the public key's X.509 encoding, so a verifier can tell which key signed.
 */
public final class AuditSigner {
    public static final String ALGORITHM = "Ed25519";

    private final KeyPair keys;
    private final String keyId;
    private final boolean ephemeral;

    private AuditSigner(KeyPair keys, boolean ephemeral) {
        this.keys = keys;
        this.ephemeral = ephemeral;
        this.keyId = Sha256.hex(keys.getPublic().getEncoded()).substring(0, 16);
    }

    /** A new key pair that lives as long as this process: digests it signs cannot be checked after a restart. */
    public static AuditSigner generate() {
        try {
            return new AuditSigner(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair(), true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /**
     * The key pair given in configuration.
     *
     * @param privateKey PKCS#8, base64 or PEM ({@code openssl genpkey -algorithm ed25519})
     * @param publicKey  X.509 SubjectPublicKeyInfo, base64 or PEM ({@code openssl pkey -pubout})
     * @throws IllegalArgumentException when either does not decode as an Ed25519 key, or they are not a pair
     */
    public static AuditSigner of(String privateKey, String publicKey) {
        KeyFactory factory;
        try {
            factory = KeyFactory.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
        PrivateKey priv;
        PublicKey pub;
        try {
            priv = factory.generatePrivate(new PKCS8EncodedKeySpec(der(privateKey)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 (base64 or PEM)");
        }
        try {
            pub = factory.generatePublic(new X509EncodedKeySpec(der(publicKey)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509 (base64 or PEM)");
        }
        AuditSigner signer = new AuditSigner(new KeyPair(pub, priv), false);
        byte[] probe = "enis-compliance key pair check".getBytes(StandardCharsets.UTF_8);
        if (!signer.verify(probe, signer.sign(probe))) {
            throw new IllegalArgumentException("the public key is not the private key's");
        }
        return signer;
    }

    private static byte[] der(String text) {
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /** The signature of {@code payload}, base64. */
    public String sign(byte[] payload) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(keys.getPrivate());
            s.update(payload);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** True when {@code signature} (base64) is this key's signature of {@code payload}; false for garbage. */
    public boolean verify(byte[] payload, String signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(keys.getPublic());
            s.update(payload);
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public String keyId() {
        return keyId;
    }

    /** True when generated at start (no {@code AUDIT_SIGNING_KEY} configured). */
    public boolean isEphemeral() {
        return ephemeral;
    }

    /** The public key, X.509 SubjectPublicKeyInfo in base64. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** The public key in PEM, what {@code openssl pkeyutl -verify -pubin} reads. */
    public String publicKeyPem() {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }
}
