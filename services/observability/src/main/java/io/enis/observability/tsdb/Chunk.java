package io.enis.observability.tsdb;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * An immutable run of samples of one series, compressed as in Facebook's Gorilla paper (VLDB 2015):
 * timestamps as delta-of-delta with variable-width buckets, values as XOR with the previous value
 * storing only the meaningful bits. Regular scrapes take about 1.4 bytes per sample instead of 16.
 */
final class Chunk {
    private final BitStream bits;
    private final int count;
    private final long minTime;
    private final long maxTime;

    private Chunk(BitStream bits, int count, long minTime, long maxTime) {
        this.bits = bits;
        this.count = count;
        this.minTime = minTime;
        this.maxTime = maxTime;
    }

    /** Writes the chunk for a checkpoint: count, time range, the compressed bits. */
    void writeTo(DataOutput out) throws IOException {
        out.writeInt(count);
        out.writeLong(minTime);
        out.writeLong(maxTime);
        bits.writeTo(out);
    }

    /** Reads what {@link #writeTo} wrote. */
    static Chunk readFrom(DataInput in) throws IOException {
        int count = in.readInt();
        long minTime = in.readLong();
        long maxTime = in.readLong();
        return new Chunk(BitStream.readFrom(in), count, minTime, maxTime);
    }

    /** Compresses {@code n} samples, timestamps ascending (milliseconds). */
    static Chunk encode(long[] times, double[] values, int from, int n) {
        BitStream out = new BitStream();
        long prevTime = times[from];
        long prevDelta = 0;
        long prevBits = Double.doubleToRawLongBits(values[from]);
        int prevLeading = -1;
        int prevTrailing = 0;
        out.write(prevTime, 64);
        out.write(prevBits, 64);
        for (int i = from + 1; i < from + n; i++) {
            long delta = times[i] - prevTime;
            long dod = delta - prevDelta;
            if (dod == 0) {
                out.writeBit(false);
            } else if (dod >= -64 && dod <= 63) {
                out.write(0b10, 2);
                out.write(dod, 7);
            } else if (dod >= -256 && dod <= 255) {
                out.write(0b110, 3);
                out.write(dod, 9);
            } else if (dod >= -2048 && dod <= 2047) {
                out.write(0b1110, 4);
                out.write(dod, 12);
            } else {
                out.write(0b1111, 4);
                out.write(dod, 64);
            }
            prevTime = times[i];
            prevDelta = delta;

            long bits = Double.doubleToRawLongBits(values[i]);
            long xor = bits ^ prevBits;
            if (xor == 0) {
                out.writeBit(false);
            } else {
                out.writeBit(true);
                int leading = Math.min(Long.numberOfLeadingZeros(xor), 31);
                int trailing = Long.numberOfTrailingZeros(xor);
                if (prevLeading != -1 && leading >= prevLeading && trailing >= prevTrailing) {
                    out.writeBit(false);
                    out.write(xor >>> prevTrailing, 64 - prevLeading - prevTrailing);
                } else {
                    out.writeBit(true);
                    int significant = 64 - leading - trailing;
                    out.write(leading, 5);
                    out.write(significant - 1, 6);
                    out.write(xor >>> trailing, significant);
                    prevLeading = leading;
                    prevTrailing = trailing;
                }
            }
            prevBits = bits;
        }
        out.trim();
        return new Chunk(out, n, times[from], times[from + n - 1]);
    }

    int count() {
        return count;
    }

    long minTime() {
        return minTime;
    }

    long maxTime() {
        return maxTime;
    }

    long bytes() {
        return bits.bytesUsed() + 32;
    }

    /** Decodes the samples with {@code from ≤ t ≤ to} into {@code sink}. */
    void decode(long from, long to, SampleSink sink) {
        BitStream.Reader in = bits.reader();
        long time = in.read(64);
        long valueBits = in.read(64);
        long delta = 0;
        int leading = 0;
        int trailing = 0;
        if (time >= from && time <= to) {
            sink.accept(time, Double.longBitsToDouble(valueBits));
        }
        for (int i = 1; i < count; i++) {
            long dod;
            if (!in.readBit()) {
                dod = 0;
            } else if (!in.readBit()) {
                dod = signExtend(in.read(7), 7);
            } else if (!in.readBit()) {
                dod = signExtend(in.read(9), 9);
            } else if (!in.readBit()) {
                dod = signExtend(in.read(12), 12);
            } else {
                dod = in.read(64);
            }
            delta += dod;
            time += delta;
            if (in.readBit()) {
                if (in.readBit()) {
                    leading = (int) in.read(5);
                    int significant = (int) in.read(6) + 1;
                    trailing = 64 - leading - significant;
                }
                int significant = 64 - leading - trailing;
                valueBits ^= in.read(significant) << trailing;
            }
            if (time > to) {
                return;
            }
            if (time >= from) {
                sink.accept(time, Double.longBitsToDouble(valueBits));
            }
        }
    }

    private static long signExtend(long value, int bits) {
        long sign = 1L << (bits - 1);
        return (value ^ sign) - sign;
    }

    /** Receives decoded samples in time order. */
    @FunctionalInterface
    interface SampleSink {
        void accept(long time, double value);
    }
}
