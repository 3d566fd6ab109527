package io.enis.observability.tsdb;

import io.enis.kit.app.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durability of the time-series store: every accepted batch is appended as one CRC-checked record
 * and, in the default {@link Sync#ALWAYS} mode, fsynced before the request is acknowledged (group
 * commit: one flusher thread, concurrent requests share one {@code fsync}); {@link Sync#INTERVAL}
 * fsyncs on a timer instead. Segments roll at {@link #SEGMENT_BYTES}; segments a checkpoint covers,
 * or whose newest sample is past retention, are deleted. On start the segments after the newest
 * checkpoint are replayed in order; a torn record at the end of the last segment (a crash during a
 * write that was never acknowledged) is cut off, a damaged record anywhere else stops the start
 * ({@link WalCorruptionException}, see {@link SegmentReader}).
 */
public final class WriteAheadLog implements AutoCloseable {
    static final long SEGMENT_BYTES = 64L * 1024 * 1024;
    /**
     * Segments are extended with zeros this much at a time, so an fsync after an append only flushes
     * data (the file size does not change, no journal commit): on the development VM 97 µs instead of
     * 156 µs, and without the slow tail.
     */
    static final int PREALLOCATE_BYTES = 4 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WriteAheadLog.class);

    private final Path dir;
    private final Sync mode;
    private final long intervalNanos;
    private final LongConsumer fsyncNanos;
    private FileChannel channel;
    private Path segment;
    private long segmentMaxTime = Long.MIN_VALUE;
    private final List<SegmentInfo> closed = new ArrayList<>();
    private long segmentBytes;
    private long allocatedBytes;
    /** Bytes appended since start, across segments: the positions {@link #sync} waits for. */
    private long written;
    /** Position of the current segment's first byte: a record's position minus this is where it ends in the file. */
    private long segmentStart;
    /** Guarded by {@link #syncLock}: the position the flusher last fsynced. */
    private long synced;
    /** {@link #written} at the last roll, which fsynced the segment it closed. */
    private volatile long rolledDurable;
    /**
     * A write or fsync that failed, {@code null} while healthy: appends are refused and no more records
     * are acknowledged until {@link #recover()} succeeds. Set under either lock, cleared under both.
     */
    private volatile IOException failure;
    /**
     * Guarded by {@link #syncLock}: the flusher's last fsync failed. Writers waiting for an fsync are
     * refused and the flusher pauses until {@link #recover()}; after a failed write alone, the flusher
     * goes on making the records before it durable, and their writers are acknowledged.
     */
    private boolean fsyncFailed;
    /** Guarded by {@link #syncLock}: positions cut by {@link #recover()}, from (exclusive) → to (inclusive). */
    private final java.util.NavigableMap<Long, Long> lost = new java.util.TreeMap<>();
    private final SegmentOpener opener;
    /** Guards {@link #synced}, {@link #closing}, {@link #lost}; writers and the flusher wait on separate conditions. */
    private final ReentrantLock syncLock = new ReentrantLock();
    /** Signalled when something was appended: wakes the flusher only. */
    private final Condition pending = syncLock.newCondition();
    /** Signalled after each fsync: wakes the writers waiting for it. */
    private final Condition flushed = syncLock.newCondition();
    private Thread flusher;
    private boolean closing;

    private record SegmentInfo(Path path, long maxTime) {
    }

    /**
     * @param fsync false only for benchmarks of the in-memory path; acknowledged samples may then be
     *              lost on a machine crash (not on a process crash)
     */
    public WriteAheadLog(Path dir, boolean fsync) {
        this(dir, fsync ? Sync.ALWAYS : Sync.NONE, Duration.ZERO, nanos -> { });
    }

    /**
     * When an appended batch is durable.
     * <ul>
     *   <li>{@code ALWAYS}: fsynced before {@link #sync} returns (acknowledged = on disk);
     *   <li>{@code INTERVAL}: written to the OS before {@link #sync} returns and fsynced every
     *       {@code interval} — a process crash or restart loses nothing acknowledged, a machine crash
     *       at most the last interval;
     *   <li>{@code NONE}: never fsynced before close (benchmarks).
     * </ul>
     */
    public enum Sync { ALWAYS, INTERVAL, NONE }

    /**
     * @param interval   how often {@code INTERVAL} fsyncs
     * @param fsyncNanos told how long each fsync took (for the service's metrics)
     */
    public WriteAheadLog(Path dir, Sync mode, Duration interval, LongConsumer fsyncNanos) {
        this(dir, mode, interval, fsyncNanos, SegmentOpener.FILES);
    }

    /** How segment files are opened for writing: the seam where tests put a failing disk. */
    @FunctionalInterface
    interface SegmentOpener {
        /** Opens (creating when absent) a segment file for writing. */
        SegmentOpener FILES = p -> FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);

        FileChannel open(Path segment) throws IOException;
    }

    WriteAheadLog(Path dir, Sync mode, Duration interval, LongConsumer fsyncNanos, SegmentOpener opener) {
        this.opener = opener;
        this.dir = dir;
        this.mode = mode;
        this.intervalNanos = interval.toNanos();
        this.fsyncNanos = fsyncNanos;
    }

    /**
     * Replays the segments numbered {@code firstSegment} and later into {@code apply(tenant, samples)}
     * (earlier ones are covered by a checkpoint and deleted), then opens a new segment.
     *
     * @throws WalCorruptionException when a record other than the last segment's torn tail is damaged
     *                                (see {@link SegmentReader}); nothing is cut then
     */
    public synchronized void replay(long firstSegment, BiConsumer<String, List<Sample>> apply) throws IOException {
        Files.createDirectories(dir);
        List<Path> segments;
        try (Stream<Path> s = Files.list(dir)) {
            segments = s.filter(p -> p.getFileName().toString().endsWith(".wal")).sorted().toList();
        }
        long next = Math.max(1, firstSegment);
        List<Path> live = new ArrayList<>();
        for (Path p : segments) {
            if (number(p) < firstSegment) {
                Files.deleteIfExists(p); // a crash came between writing the checkpoint and deleting these
            } else {
                live.add(p);
            }
        }
        for (int i = 0; i < live.size(); i++) {
            Path p = live.get(i);
            long maxTime = SegmentReader.replay(p, i == live.size() - 1, apply);
            closed.add(new SegmentInfo(p, maxTime));
            next = number(p) + 1;
        }
        openSegment(next);
    }

    private static long number(Path segment) {
        return Long.parseLong(segment.getFileName().toString().replace(".wal", ""));
    }

    /**
     * Starts a new segment (unless the current one is still empty) and returns its number: every batch
     * appended from now on is in that segment or later. The store calls this under its write lock when
     * it takes a checkpoint.
     */
    public synchronized long cut() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw new IOException("the write-ahead log " + segment + " failed and has not recovered yet", failed);
        }
        if (segmentBytes > 0) {
            roll();
        }
        return number(segment);
    }

    /** Deletes the segments before {@code firstSegment} once a checkpoint covers them; returns how many. */
    public synchronized int deleteSegmentsBefore(long firstSegment) {
        return deleteClosed(s -> number(s.path) < firstSegment);
    }

    private void openSegment(long number) throws IOException {
        Path next = dir.resolve(String.format("%012d.wal", number));
        FileChannel opened = opener.open(next);
        long size = opened.size();
        segment = next;
        channel = opened;
        segmentStart = written;
        segmentMaxTime = Long.MIN_VALUE;
        segmentBytes = 0;
        allocatedBytes = size;
    }

    /**
     * Appends one batch. Call {@link #sync(long)} with the returned position before acknowledging.
     * Callers append in the order they apply the batches (under the store's lock).
     *
     * @throws UncheckedIOException when the write fails, or an earlier write or fsync failed and
     *                              {@link #recover()} has not succeeded since; nothing of the batch counts as
     *                              written then (the next record overwrites whatever part of it reached the file)
     */
    public synchronized long append(String tenant, List<Sample> samples) {
        throwIfFailed();
        ByteBuffer buf = WalRecords.encode(tenant, samples);
        int length = buf.remaining();
        try {
            if (segmentBytes + length > SEGMENT_BYTES && segmentBytes > 0) {
                roll();
            }
            preallocate(segmentBytes + length);
            while (buf.hasRemaining()) {
                channel.write(buf, segmentBytes + buf.position());
            }
        } catch (IOException e) {
            failure = e;
            throw new UncheckedIOException("cannot write the write-ahead log " + segment + ": " + e.getMessage(), e);
        }
        segmentBytes += length;
        written += length;
        for (Sample s : samples) {
            segmentMaxTime = Math.max(segmentMaxTime, s.time());
        }
        return written;
    }

    private void throwIfFailed() {
        IOException failed = failure;
        if (failed != null) {
            throw new UncheckedIOException("the write-ahead log " + segment + " failed and has not recovered yet: "
                    + failed.getMessage(), failed);
        }
    }

    /** Extends the segment with zeros (and makes the new size durable) before writing past its end. */
    private void preallocate(long needed) throws IOException {
        if (needed <= allocatedBytes) {
            return;
        }
        ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
        long target = Math.max(needed, allocatedBytes + PREALLOCATE_BYTES);
        for (long at = allocatedBytes; at < target; at += zeros.capacity()) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), target - at));
            while (zeros.hasRemaining()) {
                channel.write(zeros, at + zeros.position());
            }
        }
        channel.force(true);
        allocatedBytes = target;
    }

    /** Closes the current segment once fsynced and opens the next; on failure the current one stays. */
    private void roll() throws IOException {
        channel.force(false);
        rolledDurable = written; // everything appended so far is on disk now
        FileChannel old = channel;
        Path oldSegment = segment;
        long oldMaxTime = segmentMaxTime;
        openSegment(number(segment) + 1);
        old.close();
        closed.add(new SegmentInfo(oldSegment, oldMaxTime));
    }

    /**
     * After a failed write or fsync, makes the log writable again: the current segment is reopened,
     * cut back to what is durable (with {@code ALWAYS}, what was fsynced; otherwise what was written),
     * and space for the next records is allocated and fsynced — which fails again while the disk is
     * still full or failing. Writers still waiting for a record that was cut get an error from {@link
     * #sync}. Called by the store before it appends and from its readiness check.
     *
     * @return whether the log had failed and is writable again (then {@link #isLost} says which
     *         appended records were cut)
     * @throws IOException when the log cannot be made writable yet (it stays failed)
     */
    public boolean recover() throws IOException {
        syncLock.lock(); // lock order: syncLock, then this (as the flusher takes them)
        try {
            synchronized (this) {
                if (failure == null) {
                    return false;
                }
                long keep = mode == Sync.ALWAYS ? Math.max(synced, rolledDurable) - segmentStart : segmentBytes;
                FileChannel reopened;
                try {
                    reopened = opener.open(segment);
                } catch (IOException e) {
                    failure = e;
                    throw new IOException("the write-ahead log " + segment + " is still not writable: " + e.getMessage(), e);
                }
                try {
                    reopened.truncate(keep);
                } catch (IOException e) {
                    closeQuietly(reopened);
                    failure = e;
                    throw new IOException("the write-ahead log " + segment + " is still not writable: " + e.getMessage(), e);
                }
                closeQuietly(channel);
                channel = reopened;
                allocatedBytes = keep;
                long kept = segmentStart + keep;
                if (written > kept) {
                    lost.put(kept, written); // their writers are refused from now on, whatever happens next
                }
                segmentStart = written - keep; // positions go on from written; the file from keep
                segmentBytes = keep;
                synced = written;
                fsyncFailed = false;
                flushed.signalAll();
                try {
                    preallocate(keep + 1); // room for the next records: fails while the disk is still full
                } catch (IOException e) {
                    failure = e;
                    throw new IOException("the write-ahead log " + segment + " is still not writable: " + e.getMessage(), e);
                }
                failure = null;
                LOG.info("write-ahead log {} is writable again; kept {} bytes of it, refused the writes after them", segment, keep);
                return true;
            }
        } finally {
            syncLock.unlock();
        }
    }

    /** Whether the record appended at {@code position} was cut by {@link #recover()} (its writer is refused). */
    public boolean isLost(long position) {
        syncLock.lock();
        try {
            var cut = lost.lowerEntry(position);
            return cut != null && position <= cut.getValue();
        } finally {
            syncLock.unlock();
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            if (ch != null) {
                ch.close();
            }
        } catch (IOException ignored) {
            // the channel failed already; its file is reopened
        }
    }

    /**
     * Makes everything up to {@code position} durable, then returns. One flusher thread fsyncs
     * whatever has been appended while the previous fsync ran, so concurrent writers share fsyncs
     * (group commit) instead of queueing one each.
     *
     * With {@code INTERVAL} it returns at once (the record is written to the OS, which is that mode's
     * acknowledgment; the flusher fsyncs on its own schedule, and a failed fsync refuses the next
     * appends until {@link #recover()}).
     *
     * @throws UncheckedIOException when the fsync failed or the record was cut by {@link #recover()}
     *                              (the write is then not acknowledged and will not be replayed)
     */
    public void sync(long position) {
        if (mode == Sync.NONE) {
            return;
        }
        syncLock.lock();
        try {
            ensureFlusher();
            if (mode == Sync.INTERVAL) {
                return;
            }
            if (durable() < position) {
                pending.signal();
            }
            while (true) {
                if (isLost(position)) {
                    throw new UncheckedIOException(new IOException("this write to the write-ahead log " + segment
                            + " was not fsynced and was cut when the log recovered"));
                }
                if (durable() >= position) {
                    return;
                }
                IOException failed = failure;
                if (fsyncFailed) {
                    throw new UncheckedIOException("cannot fsync the write-ahead log " + segment + ": " + failed.getMessage(), failed);
                }
                if (closing) {
                    throw new IllegalStateException("the write-ahead log closed before this write was fsynced");
                }
                try {
                    flushed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the write-ahead log", e);
                }
            }
        } finally {
            syncLock.unlock();
        }
    }

    /** With {@link #syncLock} held: the position up to which appended records are on disk. */
    private long durable() {
        return Math.max(synced, rolledDurable);
    }

    private void ensureFlusher() {
        if (flusher == null) {
            flusher = DaemonThreads.named("wal-flusher").newThread(this::flushLoop);
            flusher.start();
        }
    }

    private void flushLoop() {
        while (true) {
            syncLock.lock();
            try {
                try {
                    if (mode == Sync.INTERVAL) {
                        if (!closing) {
                            pending.awaitNanos(intervalNanos);
                        }
                    } else {
                        while (!closing && (synced >= appended() || fsyncFailed)) {
                            pending.await();
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closing) {
                    return;
                }
                if (synced >= appended() || fsyncFailed) {
                    continue; // nothing new this interval, or the log waits for recover()
                }
            } finally {
                syncLock.unlock();
            }
            long target;
            FileChannel ch;
            synchronized (this) {
                target = written;
                ch = channel;
            }
            IOException failed = null;
            try {
                long started = System.nanoTime();
                ch.force(false);
                fsyncNanos.accept(System.nanoTime() - started);
            } catch (ClosedChannelException rolled) {
                // the segment rolled meanwhile (roll() forced it before closing) or recover() reopened it
            } catch (IOException e) {
                failed = e;
            }
            syncLock.lock();
            try {
                if (failed == null) {
                    synced = Math.max(synced, target);
                } else {
                    failure = failed;
                    fsyncFailed = true;
                    LOG.warn("cannot fsync the write-ahead log {}; writes are refused until it recovers", segment, failed);
                }
                flushed.signalAll();
            } finally {
                syncLock.unlock();
            }
        }
    }

    private synchronized long appended() {
        return written;
    }

    /** Deletes closed segments whose newest sample is older than {@code cutoff}; returns how many. */
    public synchronized int deleteBefore(long cutoff) {
        return deleteClosed(s -> s.maxTime < cutoff);
    }

    private int deleteClosed(Predicate<SegmentInfo> which) {
        int deleted = 0;
        for (var it = closed.iterator(); it.hasNext(); ) {
            SegmentInfo s = it.next();
            if (which.test(s)) {
                try {
                    Files.deleteIfExists(s.path);
                    it.remove();
                    deleted++;
                } catch (IOException e) {
                    LOG.warn("cannot delete write-ahead log segment {}", s.path, e);
                }
            }
        }
        return deleted;
    }

    /** Readiness: the log is open and its last write and fsync succeeded (see {@link #recover()}). */
    public synchronized void check() throws IOException {
        if (channel == null || !channel.isOpen() && failure == null) {
            throw new IOException("write-ahead log is closed");
        }
        IOException failed = failure;
        if (failed != null) {
            throw new IOException("the write-ahead log " + segment + " failed: " + failed.getMessage(), failed);
        }
    }

    /** Stops the flusher and closes the segment; a failed log is first cut back to what is durable, if it can be. */
    @Override
    public void close() throws IOException {
        if (failure != null) {
            try {
                recover();
            } catch (IOException stillFailing) {
                LOG.warn("closing the failed write-ahead log {}: {}", segment, stillFailing.getMessage());
            }
        }
        syncLock.lock();
        try {
            closing = true;
            pending.signal();
            flushed.signalAll();
        } finally {
            syncLock.unlock();
        }
        closeChannel();
    }

    private synchronized void closeChannel() throws IOException {
        if (channel != null && channel.isOpen()) {
            channel.force(false);
            channel.close();
        }
    }
}
