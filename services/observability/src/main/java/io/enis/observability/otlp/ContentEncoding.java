package io.enis.observability.otlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The {@code Content-Encoding} of an OTLP/HTTP body: none ({@code identity}) or {@code gzip}, the two
 * the OTLP exporters send. A gzip body is decompressed into at most {@code maxBytes}, so that a small
 * compressed body cannot expand past the limit the uncompressed ones have.
 */
public final class ContentEncoding {
    /** The header. */
    public static final String HEADER = "Content-Encoding";

    private ContentEncoding() {}

    /**
     * The body as sent, decoded.
     *
     * @param header   the {@code Content-Encoding} header, {@code null} when absent
     * @param maxBytes the most bytes the decoded body may have
     * @throws OtlpException UNSUPPORTED for an encoding other than gzip or identity; TOO_LARGE when the
     *                       decompressed body exceeds {@code maxBytes}; INVALID when it is not gzip data
     */
    public static byte[] decode(String header, byte[] body, int maxBytes) throws OtlpException {
        String encoding = header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return body;
        }
        if (!encoding.equals("gzip")) {
            throw new OtlpException(
                    OtlpException.Kind.UNSUPPORTED,
                    HEADER,
                    "'" + header + "' is not supported; send gzip or an uncompressed body");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, Math.max(1024, body.length * 4)));
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + n > maxBytes) {
                    throw new OtlpException(
                            OtlpException.Kind.TOO_LARGE,
                            "body",
                            "decompresses to more than " + maxBytes + " bytes (MAX_REQUEST_BYTES)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw OtlpException.invalid("body", "is not valid gzip data (" + HEADER + ": gzip): " + e.getMessage());
        }
    }
}
