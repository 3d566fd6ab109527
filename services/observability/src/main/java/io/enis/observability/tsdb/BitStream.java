package io.enis.observability.tsdb;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/** Bits appended to and read from a growable {@code long[]}: the storage of a compressed chunk. */
final class BitStream {
    private long[] words = new long[4];
    private int bitCount;

    /** Appends the low {@code n} bits of {@code value} (most significant first), {@code 0 ≤ n ≤ 64}. */
    void write(long value, int n) {
        if (n == 0) {
            return;
        }
        ensure(bitCount + n);
        int offset = bitCount & 63;
        int index = bitCount >>> 6;
        long v = n == 64 ? value : value & ((1L << n) - 1);
        int free = 64 - offset;
        if (n <= free) {
            words[index] |= v << (free - n);
        } else {
            int rest = n - free;
            words[index] |= v >>> rest;
            words[index + 1] |= v << (64 - rest);
        }
        bitCount += n;
    }

    void writeBit(boolean bit) {
        write(bit ? 1 : 0, 1);
    }

    private void ensure(int bits) {
        int needed = (bits + 63) >>> 6;
        if (needed > words.length) {
            words = Arrays.copyOf(words, Math.max(needed, words.length * 2));
        }
    }

    int bitCount() {
        return bitCount;
    }

    /** Shrinks the backing array to what is used (when the chunk is sealed). */
    void trim() {
        words = Arrays.copyOf(words, (bitCount + 63) >>> 6);
    }

    /** Writes the bits (count, then the used words) for a checkpoint. */
    void writeTo(DataOutput out) throws IOException {
        out.writeInt(bitCount);
        int used = (bitCount + 63) >>> 6;
        for (int i = 0; i < used; i++) {
            out.writeLong(words[i]);
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    static BitStream readFrom(DataInput in) throws IOException {
        int bits = in.readInt();
        if (bits < 0 || bits > 1 << 24) {
            throw new IOException("implausible bit count " + bits);
        }
        BitStream stream = new BitStream();
        stream.words = new long[(bits + 63) >>> 6];
        for (int i = 0; i < stream.words.length; i++) {
            stream.words[i] = in.readLong();
        }
        stream.bitCount = bits;
        return stream;
    }

    long bytesUsed() {
        return (long) words.length * Long.BYTES;
    }

    Reader reader() {
        return new Reader(words, bitCount);
    }

    /** Sequential reader over a snapshot of the bits. */
    static final class Reader {
        private final long[] words;
        private final int limit;
        private int position;

        Reader(long[] words, int limit) {
            this.words = words;
            this.limit = limit;
        }

        long read(int n) {
            if (n == 0) {
                return 0;
            }
            if (position + n > limit) {
                throw new IllegalStateException("read past the end of the chunk");
            }
            int offset = position & 63;
            int index = position >>> 6;
            int free = 64 - offset;
            long result;
            if (n <= free) {
                result = words[index] >>> (free - n);
            } else {
                int rest = n - free;
                result = (words[index] << rest) | (words[index + 1] >>> (64 - rest));
            }
            position += n;
            return n == 64 ? result : result & ((1L << n) - 1);
        }

        boolean readBit() {
            return read(1) == 1;
        }
    }
}
