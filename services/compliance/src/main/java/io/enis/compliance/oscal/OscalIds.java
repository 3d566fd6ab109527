package io.enis.compliance.oscal;

import io.enis.compliance.catalogue.ControlRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identifiers in OSCAL documents. OSCAL's {@code TokenDatatype} allows letters, digits, {@code . - _} and must
 * start with a letter or {@code _}, so a control id such as {@code Art. 32} or {@code 164.308(a)(6)} is written
 * as a token ({@link #control}) and keeps its own spelling in a {@code label} property. OSCAL UUIDs must be
 * version 4 or 5: documents use name-based version 5 UUIDs ({@link #uuid}), so the same content always has the
 * same ids and an export renders to the same bytes.
 */
public final class OscalIds {
    /** The namespace of ENIS's own properties in OSCAL documents. */
    public static final String NS = "https://enis.io/ns/oscal";

    /** The OSCAL version every exported document declares. */
    public static final String OSCAL_VERSION = "1.1.3";

    private static final UUID NAMESPACE = UUID.fromString("5b9a3f61-2f0c-5d3e-9c1a-6e6e69732d63");

    private OscalIds() {}

    /** {@code text} as an OSCAL token: every other character becomes {@code -}; a leading digit gets {@code _}. */
    public static String token(String text) {
        StringBuilder b = new StringBuilder(text.length() + 1);
        text.codePoints()
                .forEach(cp -> b.appendCodePoint(
                        Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_' ? cp : '-'));
        if (b.isEmpty() || !(Character.isLetter(b.codePointAt(0)) || b.charAt(0) == '_')) {
            b.insert(0, '_');
        }
        return b.toString();
    }

    /** The OSCAL control id of {@code ref}, in lower case as OSCAL's own: {@code iso27001-a.8.24}, {@code gdpr-art.-32}. */
    public static String control(ControlRef ref) {
        return token((ref.framework() + "-" + ref.control()).toLowerCase(java.util.Locale.ROOT));
    }

    /** The OSCAL group id of a framework: {@code iso27001}. */
    public static String framework(String frameworkId) {
        return token(frameworkId.toLowerCase(java.util.Locale.ROOT));
    }

    /** A version 5 (SHA-1, name-based) UUID of {@code parts} joined by NUL, as RFC 4122 section 4.3 defines it. */
    public static String uuid(String... parts) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(bytes(NAMESPACE));
            sha1.update(String.join("\0", parts).getBytes(StandardCharsets.UTF_8));
            byte[] h = sha1.digest();
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (h[i] & 0xff);
                lsb = (lsb << 8) | (h[i + 8] & 0xff);
            }
            return new UUID(msb, lsb).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static byte[] bytes(UUID u) {
        byte[] out = new byte[16];
        long msb = u.getMostSignificantBits();
        long lsb = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (msb >>> (56 - 8 * i));
            out[i + 8] = (byte) (lsb >>> (56 - 8 * i));
        }
        return out;
    }
}
