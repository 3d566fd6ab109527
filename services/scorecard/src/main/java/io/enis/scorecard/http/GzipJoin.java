package io.enis.scorecard.http;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One gzip stream (RFC 1952, a single member) made of pieces deflated apart, the way pigz joins its
 * blocks: each piece is raw DEFLATE ended by a full flush (byte-aligned, no back references into it),
 * so deflated pieces can be written one after the other, remembered ones among fresh ones, and the
 * stream is closed by an empty final block and the CRC-32 and length of the whole. Any gzip reader
 * inflates it to the pieces' concatenation.
 */
final class GzipJoin {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final byte[] FINAL_BLOCK = deflate(new byte[0], true);

    private GzipJoin() {}

    /** {@code data} as raw DEFLATE at the default level, ended by a full flush: a piece for {@link #join}. */
    static byte[] piece(byte[] data) {
        return deflate(data, false);
    }

    /**
     * The gzip stream of {@code data}'s concatenation.
     *
     * @param data    the uncompressed pieces
     * @param pieces  each one's {@link #piece}, or null where it is to be deflated now
     */
    static byte[] join(List<byte[]> data, List<byte[]> pieces) {
        CRC32 crc = new CRC32();
        long size = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(HEADER);
        for (int i = 0; i < data.size(); i++) {
            byte[] d = data.get(i);
            crc.update(d);
            size += d.length;
            byte[] p = pieces.get(i);
            out.writeBytes(p != null ? p : piece(d));
        }
        out.writeBytes(FINAL_BLOCK);
        writeIntLe(out, crc.getValue());
        writeIntLe(out, size);
        return out.toByteArray();
    }

    private static void writeIntLe(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    /** {@code data} as raw DEFLATE, ended by a final block ({@code last}) or a full flush. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
            byte[] buf = new byte[8192];
            d.setInput(data);
            if (last) {
                d.finish();
                while (!d.finished()) {
                    out.write(buf, 0, d.deflate(buf));
                }
            } else {
                int n;
                do {
                    n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
                    out.write(buf, 0, n);
                } while (n == buf.length || !d.needsInput());
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }
}
