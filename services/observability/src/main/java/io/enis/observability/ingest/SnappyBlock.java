package io.enis.observability.ingest;

import static io.enis.observability.ingest.RemoteWriteException.malformed;
import static io.enis.observability.ingest.RemoteWriteException.tooLarge;

import java.io.IOException;
import java.util.Arrays;
import org.xerial.snappy.Snappy;

/**
 * Snappy's block format, which remote write 1.0 uses for its bodies (Go's {@code snappy.Encode}; not
 * snappy's framing format). The length the block declares is checked against a limit before the
 * output is allocated, so a small body cannot make the service allocate more than that.
 */
public final class SnappyBlock {
    /** The stream identifier chunk that starts snappy's framing format: 0xff, length 6, "sNaPpY". */
    private static final byte[] FRAMING_MAGIC = {(byte) 0xff, 6, 0, 0, 's', 'N', 'a', 'P', 'p', 'Y'};

    private SnappyBlock() {}

    /**
     * Loads snappy-java's native library now, so that a platform without it fails at start-up rather
     * than at the first remote write.
     *
     * @throws org.xerial.snappy.SnappyError when the library cannot be loaded
     */
    public static void load() {
        Snappy.maxCompressedLength(1);
    }

    /**
     * The uncompressed bytes of {@code compressed}.
     *
     * @param maxBytes most bytes the block may declare
     * @throws RemoteWriteException {@code MALFORMED} naming {@code body} when it is empty, framed or not
     *                              valid snappy (truncated, corrupt); {@code TOO_LARGE} above {@code maxBytes}
     */
    public static byte[] uncompress(byte[] compressed, int maxBytes) {
        if (compressed.length == 0) {
            throw malformed("body", "is empty; expected a snappy-compressed prometheus.WriteRequest");
        }
        if (compressed.length >= FRAMING_MAGIC.length
                && Arrays.equals(compressed, 0, FRAMING_MAGIC.length, FRAMING_MAGIC, 0, FRAMING_MAGIC.length)) {
            throw malformed("body", "is in snappy's framing (stream) format; remote write 1.0 uses the block format");
        }
        int length;
        try {
            length = Snappy.uncompressedLength(compressed);
        } catch (IOException e) {
            throw malformed("body", "is not snappy block-compressed data (" + e.getMessage() + ")");
        }
        if (length > maxBytes) {
            throw tooLarge(
                    "body",
                    "uncompresses to " + length + " bytes; at most " + maxBytes
                            + " are accepted (MAX_REMOTE_WRITE_BYTES)");
        }
        byte[] out = new byte[length];
        try {
            Snappy.uncompress(compressed, 0, compressed.length, out, 0);
        } catch (IOException e) {
            throw malformed(
                    "body", "is not valid snappy block-compressed data, truncated or corrupt (" + e.getMessage() + ")");
        }
        return out;
    }
}
