package io.enis.observability.tsdb;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BiConsumer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays one segment of the write-ahead log and decides what a record that does not read back is.
 * Preallocated zeros after the last record are cut silently. A bad record is a <em>torn tail</em> — a
 * write a crash interrupted, never acknowledged — only at the end of the last segment: nothing but
 * zeros follows the bytes it claims; it is cut with a warning. Anywhere else it is corruption of
 * acknowledged data and {@link WalCorruptionException} stops the start, naming the file and offset.
 */
final class SegmentReader {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentReader.class);

    private SegmentReader() {
    }

    /**
     * Applies every intact record of {@code segment} in order and cuts what follows the last one.
     *
     * @param last whether this is the newest segment (the only one that may end in a torn record)
     * @return the newest sample time in the segment ({@code Long.MIN_VALUE} when it has none)
     * @throws WalCorruptionException when a bad record cannot be a torn tail; nothing is cut then
     */
    static long replay(Path segment, boolean last, BiConsumer<String, List<Sample>> apply) throws IOException {
        long maxTime = Long.MIN_VALUE;
        long good = 0;
        String bad = null;
        long claimedEnd = 0;
        try (InputStream raw = Files.newInputStream(segment);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            while (true) {
                int length;
                int crc;
                try {
                    length = in.readInt();
                    crc = in.readInt();
                } catch (EOFException end) {
                    bad = "a record header cut short";
                    claimedEnd = good + WalRecords.HEADER_BYTES;
                    break;
                }
                if (length <= 0 || length > WriteAheadLog.SEGMENT_BYTES) {
                    bad = length == 0 ? null : "record length " + length + " is out of range";
                    claimedEnd = good + WalRecords.HEADER_BYTES;
                    break;
                }
                claimedEnd = good + WalRecords.HEADER_BYTES + length;
                byte[] payload = new byte[length];
                try {
                    in.readFully(payload);
                } catch (EOFException torn) {
                    bad = "the record is cut short";
                    break;
                }
                if (WalRecords.crc(payload) != crc) {
                    bad = "checksum mismatch";
                    break;
                }
                WalRecords.Batch batch;
                try {
                    batch = WalRecords.decode(payload);
                } catch (IOException undecodable) {
                    bad = "the payload does not decode: " + undecodable.getMessage();
                    break;
                }
                for (Sample s : batch.samples()) {
                    maxTime = Math.max(maxTime, s.time());
                }
                apply.accept(batch.tenant(), batch.samples());
                good += WalRecords.HEADER_BYTES + length;
            }
        }
        long size = Files.size(segment);
        if (good >= size) {
            return maxTime;
        }
        if (!zerosFrom(segment, good)) {
            if (!last || !zerosFrom(segment, claimedEnd)) {
                throw new WalCorruptionException(segment, good, (bad == null ? "a zero record length where a record should start" : bad)
                        + (last ? ", and data follows it" : ", in a segment that is not the last"));
            }
            LOG.warn("write-ahead log {}: cutting a torn tail after byte {} ({}; never acknowledged)", segment, good, bad);
        }
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(good); // the zero padding of preallocation, or a torn record
        }
        return maxTime;
    }

    /** Whether the file holds only zeros from {@code offset} on (preallocated space, nothing written there). */
    private static boolean zerosFrom(Path p, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            long at = offset;
            while (ch.read(buf, at) > 0) {
                buf.flip();
                while (buf.hasRemaining()) {
                    if (buf.get() != 0) {
                        return false;
                    }
                }
                at += buf.limit();
                buf.clear();
            }
            return true;
        }
    }
}
