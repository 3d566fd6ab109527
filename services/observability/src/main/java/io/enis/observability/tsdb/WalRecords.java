package io.enis.observability.tsdb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The record format of the write-ahead log: {@code length} (int), {@code crc32} of the payload (int),
 * payload = tenant (UTF), sample count, then per sample its labels (or {@code -1}: the previous
 * sample's), time (long) and value (double).
 */
final class WalRecords {
    /** Bytes before the payload: its length and its CRC. */
    static final int HEADER_BYTES = 8;

    private WalRecords() {
    }

    /** One batch as read back. */
    record Batch(String tenant, List<Sample> samples) {
    }

    /** The whole record (header and payload) of one batch, ready to write. */
    static ByteBuffer encode(String tenant, List<Sample> samples) {
        byte[] payload = payload(tenant, samples);
        ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        buf.putInt(payload.length).putInt(crc(payload)).put(payload).flip();
        return buf;
    }

    static int crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return (int) crc.getValue();
    }

    private static byte[] payload(String tenant, List<Sample> samples) {
        var bytes = new ByteArrayOutputStream(32 + samples.size() * 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(tenant);
            out.writeInt(samples.size());
            Labels previous = null;
            for (Sample s : samples) {
                if (s.labels().equals(previous)) {
                    out.writeShort(-1);
                } else {
                    s.labels().writeTo(out);
                    previous = s.labels();
                }
                out.writeLong(s.time());
                out.writeDouble(s.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the payload (whose CRC matched) does not decode */
    static Batch decode(byte[] payload) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            String tenant = in.readUTF();
            int n = in.readInt();
            List<Sample> samples = new ArrayList<>(n);
            Labels labels = null;
            for (int i = 0; i < n; i++) {
                int count = in.readShort();
                if (count >= 0) {
                    labels = Labels.readPairs(in, count);
                }
                samples.add(new Sample(labels, in.readLong(), in.readDouble()));
            }
            return new Batch(tenant, samples);
        }
    }
}
