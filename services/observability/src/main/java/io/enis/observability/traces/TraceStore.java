package io.enis.observability.traces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spans in memory, grouped by trace, per tenant. Bounded two ways: traces whose newest span ended
 * before the retention are dropped, and past {@code maxSpans} per tenant the oldest traces go first.
 * Spans are not persisted: a restart starts with an empty trace store (metrics are durable, traces are
 * a recent-debugging view).
 */
public final class TraceStore {
    private final Map<String, TenantTraces> tenants = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long retentionNanos;
    private final int maxSpans;

    private static final class TenantTraces {
        final LinkedHashMap<String, List<Span>> traces = new LinkedHashMap<>();
        int spanCount;
    }

    public TraceStore(Clock clock, Duration retention, int maxSpans) {
        this.clock = clock;
        this.retentionNanos = retention.toNanos();
        this.maxSpans = maxSpans;
    }

    /** Adds spans; a span id already in its trace replaces the earlier copy (exporter retries). */
    public void add(String tenant, List<Span> spans) {
        TenantTraces t = tenants.computeIfAbsent(tenant, k -> new TenantTraces());
        synchronized (t) {
            for (Span s : spans) {
                List<Span> trace = t.traces.computeIfAbsent(s.traceId(), k -> new ArrayList<>());
                if (trace.removeIf(existing -> existing.spanId().equals(s.spanId()))) {
                    t.spanCount--;
                }
                trace.add(s);
                t.spanCount++;
            }
            Iterator<List<Span>> oldest = t.traces.values().iterator();
            while (t.spanCount > maxSpans && oldest.hasNext()) {
                t.spanCount -= oldest.next().size();
                oldest.remove();
            }
        }
    }

    /** The spans of one trace ordered by start time. */
    public Optional<List<Span>> trace(String tenant, String traceId) {
        TenantTraces t = tenants.get(tenant);
        if (t == null) {
            return Optional.empty();
        }
        synchronized (t) {
            List<Span> spans = t.traces.get(traceId);
            if (spans == null) {
                return Optional.empty();
            }
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingLong(Span::startNanos));
            return Optional.of(sorted);
        }
    }

    /** Search criteria; null fields do not filter. Times are nanoseconds. */
    public record Search(
            String service, String operation, Long minDurationNanos, long fromNanos, long toNanos, int limit) {}

    /** One trace in search results. */
    public record Summary(
            String traceId,
            String rootService,
            String rootOperation,
            long startNanos,
            long durationNanos,
            int spanCount,
            int errorCount) {}

    /** Traces with a span matching the criteria, newest first. */
    public List<Summary> search(String tenant, Search q) {
        TenantTraces t = tenants.get(tenant);
        List<Summary> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        synchronized (t) {
            for (List<Span> spans : t.traces.values()) {
                boolean match = spans.stream()
                        .anyMatch(s -> (q.service() == null || s.service().equals(q.service()))
                                && (q.operation() == null || s.operation().equals(q.operation()))
                                && (q.minDurationNanos() == null || s.durationNanos() >= q.minDurationNanos())
                                && s.startNanos() <= q.toNanos()
                                && s.endNanos() >= q.fromNanos());
                if (match) {
                    out.add(summarize(spans));
                }
            }
        }
        out.sort(Comparator.comparingLong(Summary::startNanos).reversed());
        return out.size() > q.limit() ? out.subList(0, q.limit()) : out;
    }

    private static Summary summarize(List<Span> spans) {
        Span root = spans.stream()
                .filter(s -> s.parentSpanId() == null)
                .findFirst()
                .orElseGet(() -> spans.stream()
                        .min(Comparator.comparingLong(Span::startNanos))
                        .orElseThrow());
        long start = spans.stream().mapToLong(Span::startNanos).min().orElse(0);
        long end = spans.stream().mapToLong(Span::endNanos).max().orElse(0);
        int errors = (int) spans.stream().filter(Span::error).count();
        return new Summary(root.traceId(), root.service(), root.operation(), start, end - start, spans.size(), errors);
    }

    /** RED numbers of one service operation over a window. */
    public record Red(
            String service,
            String operation,
            long requests,
            long errors,
            double ratePerSecond,
            double errorRatio,
            double p50Ms,
            double p95Ms,
            double p99Ms) {}

    /**
     * Rate, errors and duration percentiles per service and operation, from the entry spans (server,
     * consumer, or roots) that started in {@code [fromNanos, toNanos]}.
     */
    public List<Red> red(String tenant, long fromNanos, long toNanos, String serviceFilter) {
        TenantTraces t = tenants.get(tenant);
        Map<String, List<Span>> groups = new TreeMap<>();
        if (t != null) {
            synchronized (t) {
                for (List<Span> spans : t.traces.values()) {
                    for (Span s : spans) {
                        if (s.entry()
                                && s.startNanos() >= fromNanos
                                && s.startNanos() <= toNanos
                                && (serviceFilter == null || s.service().equals(serviceFilter))) {
                            groups.computeIfAbsent(s.service() + "\u0000" + s.operation(), k -> new ArrayList<>())
                                    .add(s);
                        }
                    }
                }
            }
        }
        double seconds = Math.max(1e-9, (toNanos - fromNanos) / 1e9);
        List<Red> out = new ArrayList<>();
        groups.forEach((key, spans) -> {
            long[] durations =
                    spans.stream().mapToLong(Span::durationNanos).sorted().toArray();
            long errors = spans.stream().filter(Span::error).count();
            String[] parts = key.split("\u0000", 2);
            out.add(new Red(
                    parts[0],
                    parts[1],
                    spans.size(),
                    errors,
                    spans.size() / seconds,
                    (double) errors / spans.size(),
                    percentile(durations, 0.50),
                    percentile(durations, 0.95),
                    percentile(durations, 0.99)));
        });
        return out;
    }

    private static double percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Drops traces whose newest span ended before the retention. */
    public void enforceRetention() {
        long cutoff = clock.millis() * 1_000_000L - retentionNanos;
        for (TenantTraces t : tenants.values()) {
            synchronized (t) {
                t.traces.values().removeIf(spans -> {
                    boolean expired = spans.stream().allMatch(s -> s.endNanos() < cutoff);
                    if (expired) {
                        t.spanCount -= spans.size();
                    }
                    return expired;
                });
            }
        }
    }

    /** Spans held, for /metrics. */
    public long spanCount() {
        long total = 0;
        for (TenantTraces t : tenants.values()) {
            synchronized (t) {
                total += t.spanCount;
            }
        }
        return total;
    }

    static Map<String, Object> view(Span s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("traceId", s.traceId());
        m.put("spanId", s.spanId());
        m.put("parentSpanId", s.parentSpanId());
        m.put("service", s.service());
        m.put("operation", s.operation());
        m.put("kind", s.kind());
        m.put("startTime", Instant.ofEpochSecond(0, s.startNanos()).toString());
        m.put("durationMs", s.durationNanos() / 1e6);
        m.put("status", s.error() ? "error" : "ok");
        m.put("attributes", new HashMap<>(s.attributes()));
        return m;
    }
}
