package io.enis.compliance.auditlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, the form every hash of the service takes. */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {}

    public static String hex(byte[] bytes) {
        return HEX.formatHex(digest().digest(bytes));
    }

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh digest to feed incrementally. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The finished {@code digest} in hex. */
    public static String finish(MessageDigest digest) {
        return HEX.formatHex(digest.digest());
    }

    /** True for 64 lower-case hex digits. */
    public static boolean valid(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }
}
