package io.enis.observability.tsdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Segment files on a disk that can be made to fail: {@link #failWrites} writes a few bytes of each
 * write and then fails as a full disk does ({@code No space left on device}); {@link #failSyncs}
 * fails every fsync. Both apply to channels already open.
 */
final class FailingDisk implements WriteAheadLog.SegmentOpener {
    final AtomicBoolean failWrites = new AtomicBoolean();
    final AtomicBoolean failSyncs = new AtomicBoolean();
    /** While held, fsyncs wait (a slow disk); {@link #syncsWaiting} counts the ones waiting. */
    final java.util.concurrent.Semaphore syncGate = new java.util.concurrent.Semaphore(Integer.MAX_VALUE);
    final java.util.concurrent.atomic.AtomicInteger syncsWaiting = new java.util.concurrent.atomic.AtomicInteger();

    /** Makes fsyncs wait until {@link #releaseSyncs()}. */
    void holdSyncs() {
        syncGate.drainPermits();
    }

    void releaseSyncs() {
        syncGate.release(Integer.MAX_VALUE);
    }

    @Override
    public FileChannel open(Path segment) throws IOException {
        return new Channel(FILES.open(segment));
    }

    private final class Channel extends FileChannel {
        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        private int write(ByteBuffer src, WriteAt write) throws IOException {
            if (!failWrites.get()) {
                return write.to(src);
            }
            ByteBuffer some = src.duplicate();
            some.limit(Math.min(src.limit(), src.position() + 5));
            write.to(some); // part of the record reaches the file, as when a disk fills up mid-write
            throw new IOException("No space left on device");
        }

        @FunctionalInterface
        private interface WriteAt {
            int to(ByteBuffer src) throws IOException;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return write(src, b -> file.write(b, position));
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return write(src, file::write);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public void force(boolean metaData) throws IOException {
            syncsWaiting.incrementAndGet();
            syncGate.acquireUninterruptibly();
            syncGate.release();
            syncsWaiting.decrementAndGet();
            if (failSyncs.get()) {
                throw new IOException("Input/output error");
            }
            file.force(metaData);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return file.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
