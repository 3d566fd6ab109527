package io.enis.observability.tsdb;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
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
 * before anything is applied; then the batch is applied and logged under one lock, so the log replays
 * in the order samples were accepted, and the request is acknowledged only after the log is fsynced.
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

    /** The series of one tenant, indexed by metric name. */
    private static final class Tenant {
        final Map<Labels, Series> series = new ConcurrentHashMap<>();
        final Map<String, Set<Series>> byName = new ConcurrentHashMap<>();
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
     */
    public IngestResult ingest(String tenantId, List<Sample> samples) {
        if (samples.isEmpty()) {
            return new IngestResult(0, List.of(), false);
        }
        Tenant tenant = tenant(tenantId);
        long position;
        synchronized (writeLock) {
            List<Rejection> rejected = new ArrayList<>();
            long retentionStart = clock.millis() - retention;
            Map<Labels, Long> batchMax = new HashMap<>();
            Set<Labels> created = new HashSet<>();
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                Series existing = tenant.series.get(s.labels());
                long newest = Math.max(existing == null ? Long.MIN_VALUE : existing.maxTime(),
                        batchMax.getOrDefault(s.labels(), Long.MIN_VALUE));
                if (s.time() < retentionStart) {
                    rejected.add(new Rejection(i, "timestamp is older than the retention of " + Duration.ofMillis(retention)));
                } else if (newest != Long.MIN_VALUE && s.time() < newest - outOfOrderWindow) {
                    rejected.add(new Rejection(i, "out of order: more than " + Duration.ofMillis(outOfOrderWindow)
                            + " older than the newest sample of this series"));
                }
                batchMax.merge(s.labels(), s.time(), Math::max);
                if (existing == null) {
                    created.add(s.labels());
                }
            }
            boolean overLimit = tenant.series.size() + created.size() > maxSeriesPerTenant;
            if (overLimit) {
                rejected.add(new Rejection(-1, "tenant '" + tenantId + "' has " + tenant.series.size()
                        + " active series; this batch adds " + created.size() + " and the limit is " + maxSeriesPerTenant));
            }
            if (!rejected.isEmpty()) {
                return new IngestResult(0, rejected, overLimit);
            }
            apply(tenant, samples);
            position = wal.append(tenantId, samples);
        }
        wal.sync(position);
        return new IngestResult(samples.size(), List.of(), false);
    }

    private void apply(Tenant tenant, List<Sample> samples) {
        for (Sample s : samples) {
            Series series = tenant.series.get(s.labels());
            if (series == null) {
                series = index(tenant, new Series(s.labels()));
            }
            series.append(s.time(), s.value(), outOfOrderWindow);
        }
    }

    private static Series index(Tenant tenant, Series series) {
        tenant.series.put(series.labels, series);
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
                boolean empty = s.dropBefore(cutoff);
                if (empty) {
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

    public Stats stats() {
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

    /** Active series of one tenant. */
    public int seriesCount(String tenantId) {
        Tenant t = tenants.get(tenantId);
        return t == null ? 0 : t.series.size();
    }

    public void check() throws IOException {
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
