package io.enis.observability.tsdb;

import io.enis.kit.domain.UnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process time-series database: per tenant, series of compressed chunks indexed by metric
 * name, durable through the {@link WriteAheadLog} and periodic {@link Checkpoints} (a restart loads
 * the newest checkpoint and replays the log written since).
 *
 * <p>Ingest is all-or-nothing per batch: every sample is checked (out-of-order window, series limit)
 * before anything is logged; the batch is logged, and applied to memory only once the log has it
 * durably, in log order, so memory never holds what a restart would not replay. A write the log
 * refuses (full or failing disk) stores nothing and is answered {@link UnavailableException}; the
 * log recovers on the next write or readiness check once the disk works again.
 */
public final class TimeSeriesStore implements AutoCloseable {
    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
    private final WriteAheadLog wal;
    private final Checkpoints checkpoints;
    /** The log segment the newest checkpoint on disk starts from; -1 before there is one. */
    private volatile long checkpointedSegment = -1;
    private final Clock clock;
    private final long outOfOrderWindow;
    private final long retention;
    private final int maxSeriesPerTenant;
    private final Object writeLock = new Object();

    /** What a refused write tells the client: the dependency, and when to retry. */
    static final String WAL_DEPENDENCY = "metrics write-ahead log";
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** Guarded by the write lock: batches in the log not yet applied, in log order. */
    private final ArrayDeque<Logged> unapplied = new ArrayDeque<>();
    private final Totals totals = new Totals();

    /** A batch written to the log, applied once the log has it durably. */
    private record Logged(Tenant tenant, List<Sample> samples, long position) {
    }

    /** The series of one tenant, indexed by metric name. */
    private static final class Tenant {
        final Map<Labels, Series> series = new ConcurrentHashMap<>();
        final Map<String, Set<Series>> byName = new ConcurrentHashMap<>();
        /** Guarded by the write lock: newest time per series in logged, unapplied batches (may be stale-high). */
        final Map<Labels, Long> loggedMax = new HashMap<>();
        /** Guarded by the write lock: series that logged, unapplied batches create. */
        final Set<Labels> loggedNew = new HashSet<>();
    }

    /**
     * @param outOfOrderWindow how far behind a series' newest sample a sample may still arrive
     * @param retention        samples older than this (by the clock) are dropped
     */
    public TimeSeriesStore(WriteAheadLog wal, Checkpoints checkpoints, Clock clock, Duration outOfOrderWindow, Duration retention,
                           int maxSeriesPerTenant) {
        this.wal = wal;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.outOfOrderWindow = outOfOrderWindow.toMillis();
        this.retention = retention.toMillis();
        this.maxSeriesPerTenant = maxSeriesPerTenant;
    }

    /**
     * Loads the newest checkpoint and replays the log written after it; call once before serving.
     *
     * @throws IOException when the checkpoint is damaged or the log unreadable (the message names the file)
     */
    public void open() throws IOException {
        long firstSegment = 1;
        var loaded = checkpoints.readLatest();
        if (loaded.isPresent()) {
            firstSegment = loaded.get().firstSegment();
            checkpointedSegment = firstSegment;
            loaded.get().tenants().forEach((id, images) -> {
                Tenant tenant = tenant(id);
                for (Series.Image image : images) {
                    index(tenant, Series.restore(image));
                }
            });
        }
        wal.replay(firstSegment, (tenant, samples) -> apply(tenant(tenant), samples));
        dropBefore(clock.millis() - retention); // what expired while the service was down
    }

    /** What a checkpoint wrote ({@code written} false: nothing was logged since the last one, nothing written). */
    public record CheckpointResult(boolean written, long series, long bytes, long firstSegment, long lockedMillis) {
    }

    /**
     * Writes a checkpoint of every series and deletes the log segments it covers. Ingest waits only
     * while the log is cut and the series' heads are copied; the file is written after that. When
     * nothing was logged since the newest checkpoint it writes nothing (what retention dropped since
     * is dropped again at start).
     */
    public CheckpointResult checkpoint() throws IOException {
        long started = System.nanoTime();
        long firstSegment;
        Map<String, List<Series.Image>> images = new HashMap<>();
        long series = 0;
        synchronized (writeLock) {
            firstSegment = wal.cut();
            applyLoggedUpTo(Long.MAX_VALUE); // the cut fsynced every logged batch: the checkpoint must hold them
            if (firstSegment == checkpointedSegment) {
                return new CheckpointResult(false, 0, 0, firstSegment, (System.nanoTime() - started) / 1_000_000);
            }
            for (var tenant : tenants.entrySet()) {
                List<Series.Image> list = new ArrayList<>(tenant.getValue().series.size());
                for (Series s : tenant.getValue().series.values()) {
                    list.add(s.image());
                }
                series += list.size();
                images.put(tenant.getKey(), list);
            }
        }
        long locked = (System.nanoTime() - started) / 1_000_000;
        long bytes = checkpoints.write(firstSegment, images);
        checkpointedSegment = firstSegment;
        wal.deleteSegmentsBefore(firstSegment);
        return new CheckpointResult(true, series, bytes, firstSegment, locked);
    }

    /** A sample refused, with its index in the batch and the reason. */
    public record Rejection(int index, String reason) {
    }

    /** Outcome of an ingest: accepted count, or the reasons nothing was. */
    public record IngestResult(int accepted, List<Rejection> rejected, boolean seriesLimitReached) {
        public boolean ok() {
            return rejected.isEmpty();
        }
    }

    /**
     * Checks and stores a batch; nothing is stored when any sample is refused. An empty batch is a
     * no-op: no tenant is created and nothing is written to the log.
     *
     * <p>The batch is logged first and applied once the log has it durably, in log order (batches
     * logged meanwhile count in the checks, as if applied). Concurrent batches share an fsync.
     *
     * @throws UnavailableException when the log cannot be written or fsynced (a full or failing disk):
     *                              nothing of the batch is stored or will be replayed; the next batch first
     *                              tries to make the log writable again
     */
    public IngestResult ingest(String tenantId, List<Sample> samples) {
        if (samples.isEmpty()) {
            return new IngestResult(0, List.of(), false);
        }
        Tenant tenant = tenant(tenantId);
        Logged logged;
        synchronized (writeLock) {
            try {
                recoverLog();
            } catch (IOException e) {
                throw unavailable(e);
            }
            List<Rejection> rejected = new ArrayList<>();
            long retentionStart = clock.millis() - retention;
            Map<Labels, Long> batchMax = new HashMap<>();
            Set<Labels> created = new HashSet<>();
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                Series existing = tenant.series.get(s.labels());
                long newest = Math.max(existing == null ? Long.MIN_VALUE : existing.maxTime(),
                        Math.max(tenant.loggedMax.getOrDefault(s.labels(), Long.MIN_VALUE),
                                batchMax.getOrDefault(s.labels(), Long.MIN_VALUE)));
                if (s.time() < retentionStart) {
                    rejected.add(new Rejection(i, "timestamp is older than the retention of " + Duration.ofMillis(retention)));
                } else if (newest != Long.MIN_VALUE && s.time() < newest - outOfOrderWindow) {
                    rejected.add(new Rejection(i, "out of order: more than " + Duration.ofMillis(outOfOrderWindow)
                            + " older than the newest sample of this series"));
                }
                batchMax.merge(s.labels(), s.time(), Math::max);
                if (existing == null && !tenant.loggedNew.contains(s.labels())) {
                    created.add(s.labels());
                }
            }
            int active = tenant.series.size() + (int) tenant.loggedNew.stream().filter(l -> !tenant.series.containsKey(l)).count();
            boolean overLimit = active + created.size() > maxSeriesPerTenant;
            if (overLimit) {
                rejected.add(new Rejection(-1, "tenant '" + tenantId + "' has " + active
                        + " active series; this batch adds " + created.size() + " and the limit is " + maxSeriesPerTenant));
            }
            if (!rejected.isEmpty()) {
                return new IngestResult(0, rejected, overLimit);
            }
            long position;
            try {
                position = wal.append(tenantId, samples);
            } catch (UncheckedIOException e) {
                throw unavailable(e);
            }
            logged = new Logged(tenant, samples, position);
            unapplied.add(logged);
            batchMax.forEach((labels, max) -> tenant.loggedMax.merge(labels, max, Math::max));
            tenant.loggedNew.addAll(created);
        }
        try {
            wal.sync(logged.position());
        } catch (RuntimeException e) {
            synchronized (writeLock) {
                unapplied.remove(logged);
                forgetLoggedIfAllApplied();
            }
            throw unavailable(e);
        }
        synchronized (writeLock) {
            applyLoggedUpTo(logged.position());
        }
        return new IngestResult(samples.size(), List.of(), false);
    }

    /** With the write lock held: makes the log writable again if it failed; drops the batches it cut. */
    private void recoverLog() throws IOException {
        if (wal.recover()) {
            unapplied.removeIf(l -> wal.isLost(l.position())); // their writers are refused by sync
            forgetLoggedIfAllApplied();
        }
    }

    /** With the write lock held: applies, in log order, every logged batch up to {@code position}. */
    private void applyLoggedUpTo(long position) {
        while (!unapplied.isEmpty() && unapplied.peekFirst().position() <= position) {
            Logged next = unapplied.pollFirst();
            apply(next.tenant(), next.samples());
            for (Sample sample : next.samples()) { // what memory now holds needs no overlay
                Tenant t = next.tenant();
                t.loggedNew.remove(sample.labels());
                Long logged = t.loggedMax.get(sample.labels());
                if (logged != null && logged <= t.series.get(sample.labels()).maxTime()) {
                    t.loggedMax.remove(sample.labels());
                }
            }
        }
        forgetLoggedIfAllApplied();
    }

    /** With the write lock held: once nothing logged is waiting, the checks need no overlay. */
    private void forgetLoggedIfAllApplied() {
        if (unapplied.isEmpty()) {
            for (Tenant t : tenants.values()) {
                t.loggedMax.clear();
                t.loggedNew.clear();
            }
        }
    }

    /** The refusal a client gets: what the disk said, without file names (those go to the log with the cause). */
    private static UnavailableException unavailable(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new UnavailableException(WAL_DEPENDENCY, "the disk refused the write (" + root.getMessage()
                + "); nothing of this batch was stored", RETRY_AFTER, e);
    }

    private void apply(Tenant tenant, List<Sample> samples) {
        for (Sample s : samples) {
            Series series = tenant.series.get(s.labels());
            if (series == null) {
                series = index(tenant, new Series(s.labels()));
            }
            long count = series.sampleCount();
            long bytes = series.bytes();
            series.append(s.time(), s.value(), outOfOrderWindow);
            totals.add(0, series.sampleCount() - count, series.bytes() - bytes);
        }
    }

    private Series index(Tenant tenant, Series series) {
        tenant.series.put(series.labels, series);
        totals.add(1, series.sampleCount(), series.bytes());
        tenant.byName.computeIfAbsent(nameOf(series.labels), n -> ConcurrentHashMap.newKeySet()).add(series);
        return series;
    }

    /** A series and its samples in the asked range. */
    public record SeriesData(Labels labels, SampleBuffer samples) {
    }

    /** Series of {@code tenantId} matching every matcher, with their samples in {@code [from, to]}. */
    public List<SeriesData> select(String tenantId, List<Matcher> matchers, long from, long to) {
        Tenant tenant = tenants.get(tenantId);
        if (tenant == null) {
            return List.of();
        }
        List<SeriesData> out = new ArrayList<>();
        for (Series s : candidates(tenant, matchers)) {
            if (matchers.stream().allMatch(m -> m.matches(s.labels))) {
                SampleBuffer buffer = s.read(from, to);
                if (buffer.size() > 0) {
                    out.add(new SeriesData(s.labels, buffer));
                }
            }
        }
        out.sort((a, b) -> a.labels().compareTo(b.labels()));
        return out;
    }

    /**
     * The labels of the series of {@code tenantId} matching every matcher (none: every series) with
     * samples in {@code [from, to]} (see {@link Series#hasSamplesIn}), sorted; no samples are decoded.
     */
    public List<Labels> series(String tenantId, List<Matcher> matchers, long from, long to) {
        Tenant tenant = tenants.get(tenantId);
        if (tenant == null) {
            return List.of();
        }
        List<Labels> out = new ArrayList<>();
        for (Series s : candidates(tenant, matchers)) {
            if (matchers.stream().allMatch(m -> m.matches(s.labels)) && s.hasSamplesIn(from, to)) {
                out.add(s.labels);
            }
        }
        out.sort(null);
        return out;
    }

    private static Collection<Series> candidates(Tenant tenant, List<Matcher> matchers) {
        for (Matcher m : matchers) {
            if (m.name().equals(Labels.NAME) && m.op() == Matcher.Op.EQ) {
                return tenant.byName.getOrDefault(m.value(), Set.of());
            }
        }
        return tenant.series.values();
    }

    /** Values of one label across a tenant's series, sorted. */
    public Set<String> labelValues(String tenantId, String label) {
        Set<String> out = new TreeSet<>();
        Tenant t = tenants.get(tenantId);
        if (t != null) {
            t.series.keySet().forEach(l -> {
                String v = l.get(label);
                if (v != null) {
                    out.add(v);
                }
            });
        }
        return out;
    }

    /** Drops samples past retention, empty series and expired log segments. */
    public void enforceRetention() {
        long cutoff = clock.millis() - retention;
        synchronized (writeLock) { // a series emptied here must not receive a sample at the same time
            dropBefore(cutoff);
        }
        wal.deleteBefore(cutoff);
    }

    private void dropBefore(long cutoff) {
        for (Tenant t : tenants.values()) {
            t.series.values().removeIf(s -> {
                long count = s.sampleCount();
                long bytes = s.bytes();
                boolean empty = s.dropBefore(cutoff);
                totals.add(0, s.sampleCount() - count, s.bytes() - bytes);
                if (empty) {
                    totals.add(-1, -s.sampleCount(), -s.bytes());
                    Set<Series> named = t.byName.get(nameOf(s.labels));
                    if (named != null) {
                        named.remove(s);
                    }
                }
                return empty;
            });
        }
    }

    /** Sizes for /metrics and the memory benchmark. */
    public record Stats(long series, long samples, long bytes) {
    }

    /**
     * The sizes of every tenant's series together, O(1): counts kept as series are created, written
     * and dropped, so a scrape of /metrics does not visit every series.
     */
    public Stats stats() {
        return totals.get();
    }

    /** The same sizes by visiting every series: what {@link #stats()} must always equal (for tests). */
    Stats scan() {
        long series = 0;
        long samples = 0;
        long bytes = 0;
        for (Tenant t : tenants.values()) {
            for (Series s : t.series.values()) {
                series++;
                samples += s.sampleCount();
                bytes += s.bytes();
            }
        }
        return new Stats(series, samples, bytes);
    }

    /** Running totals behind {@link #stats()}; changed under the write lock (or during open), read by anyone. */
    private static final class Totals {
        private final java.util.concurrent.atomic.AtomicLong series = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong samples = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

        void add(long seriesDelta, long samplesDelta, long bytesDelta) {
            series.addAndGet(seriesDelta);
            samples.addAndGet(samplesDelta);
            bytes.addAndGet(bytesDelta);
        }

        Stats get() {
            return new Stats(series.get(), samples.get(), bytes.get());
        }
    }

    /** Active series of one tenant. */
    public int seriesCount(String tenantId) {
        Tenant t = tenants.get(tenantId);
        return t == null ? 0 : t.series.size();
    }

    /**
     * Readiness: the log is writable. A failed log is first given a chance to recover, so the service
     * becomes ready again on its own once the disk works (no write has to arrive first).
     *
     * @throws IOException naming the log and what failed
     */
    public void check() throws IOException {
        synchronized (writeLock) {
            recoverLog();
        }
        wal.check();
    }

    private Tenant tenant(String id) {
        return tenants.computeIfAbsent(id, k -> new Tenant());
    }

    private static String nameOf(Labels l) {
        String n = l.get(Labels.NAME);
        return n == null ? "" : n;
    }

    @Override
    public void close() throws IOException {
        wal.close();
    }
}
