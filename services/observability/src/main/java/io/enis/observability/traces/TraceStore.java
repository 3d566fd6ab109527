package io.enis.observability.traces;

import com.fasterxml.jackson.core.type.TypeReference;
import io.enis.kit.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Spans in the service database (table {@code trace_spans}), grouped by trace, per tenant: a span is
 * stored — committed — before the request that carried it is answered, so every acknowledged span is
 * still there after a crash or restart (the embedded H2 commits to its file before returning; in the
 * platform it is PostgreSQL, which every replica shares).
 *
 * <p>Why the database and not a write-ahead log like the metrics store's: with
 * {@code METRICS_BACKEND=remote} the service is stateless and runs as several replicas, so spans must
 * live where every replica reads them; the database is that place already (alert rules, API keys),
 * backed up and multi-AZ in the platform, and its indexes answer the trace lookups (by trace id, by
 * time, by service) that a log would need an index rebuilt at every start for.
 *
 * <p>Bounded two ways by {@link #enforceRetention()} (the service calls it every minute): traces whose
 * newest span ended before the retention are deleted, and past {@code maxSpans} per tenant the traces
 * that ended first go, whole. Between two runs a tenant may hold more than {@code maxSpans} by what it
 * sent meanwhile. A database that cannot be reached makes every method throw the kit's
 * {@link io.enis.kit.domain.UnavailableException} (503 with {@code Retry-After}); nothing is half-written.
 */
public final class TraceStore {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};
    private static final String COLUMNS = "tenant, trace_id, span_id, parent_span_id, service, operation, kind, "
            + "start_nanos, end_nanos, error, entry, attributes";
    /** Rows deleted per statement when evicting. */
    private static final int DELETE_BATCH = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final long retentionNanos;
    private final int maxSpans;

    /**
     * @param retention how long after its newest span ended a trace is kept ({@code TRACE_RETENTION})
     * @param maxSpans  spans kept per tenant ({@code TRACE_MAX_SPANS})
     */
    public TraceStore(Jdbi jdbi, Clock clock, Duration retention, int maxSpans) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.retentionNanos = retention.toNanos();
        this.maxSpans = maxSpans;
    }

    /**
     * Stores spans in one transaction; a span id already in its trace replaces the earlier copy
     * (exporter retries), within the request too (the last copy wins).
     */
    public void add(String tenant, List<Span> spans) {
        Map<String, Span> unique = new LinkedHashMap<>();
        for (Span s : spans) {
            unique.put(s.traceId() + s.spanId(), s);
        }
        jdbi.useTransaction(h -> {
            PreparedBatch delete =
                    h.prepareBatch("delete from trace_spans where tenant = ? and trace_id = ? and span_id = ?");
            PreparedBatch insert = h.prepareBatch(
                    "insert into trace_spans (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (Span s : unique.values()) {
                delete.add(tenant, s.traceId(), s.spanId());
                insert.add(
                        tenant,
                        s.traceId(),
                        s.spanId(),
                        s.parentSpanId(),
                        s.service(),
                        s.operation(),
                        s.kind(),
                        s.startNanos(),
                        s.endNanos(),
                        s.error(),
                        s.entry(),
                        Json.write(s.attributes()));
            }
            delete.execute();
            insert.execute();
        });
    }

    /** The spans of one trace ordered by start time. */
    public Optional<List<Span>> trace(String tenant, String traceId) {
        List<Span> spans = jdbi.withHandle(h -> h.createQuery(
                        "select " + COLUMNS
                                + " from trace_spans where tenant = :tenant and trace_id = :trace order by start_nanos, span_id")
                .bind("tenant", tenant)
                .bind("trace", traceId)
                .map((rs, ctx) -> span(rs))
                .list());
        return spans.isEmpty() ? Optional.empty() : Optional.of(spans);
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

    /** Traces with a span matching the criteria, newest first (by their first span's start). */
    public List<Summary> search(String tenant, Search q) {
        return jdbi.withHandle(h -> {
            StringBuilder matching = new StringBuilder(
                    "select trace_id from trace_spans where tenant = :tenant and start_nanos <= :to and end_nanos >= :from");
            if (q.service() != null) {
                matching.append(" and service = :service");
            }
            if (q.operation() != null) {
                matching.append(" and operation = :operation");
            }
            if (q.minDurationNanos() != null) {
                matching.append(" and end_nanos - start_nanos >= :minDuration");
            }
            Query top = h.createQuery("select trace_id, min(start_nanos) as first_start from trace_spans"
                            + " where tenant = :tenant and trace_id in (" + matching + ")"
                            + " group by trace_id order by first_start desc, trace_id limit :limit")
                    .bind("tenant", tenant)
                    .bind("from", q.fromNanos())
                    .bind("to", q.toNanos())
                    .bind("limit", q.limit());
            if (q.service() != null) {
                top.bind("service", q.service());
            }
            if (q.operation() != null) {
                top.bind("operation", q.operation());
            }
            if (q.minDurationNanos() != null) {
                top.bind("minDuration", q.minDurationNanos());
            }
            List<String> ids = top.map((rs, ctx) -> rs.getString("trace_id")).list();
            if (ids.isEmpty()) {
                return List.<Summary>of();
            }
            Map<String, List<Span>> byTrace = new LinkedHashMap<>();
            ids.forEach(id -> byTrace.put(id, new ArrayList<>()));
            h.createQuery("select " + COLUMNS + " from trace_spans where tenant = :tenant and trace_id in (<ids>)")
                    .bind("tenant", tenant)
                    .bindList("ids", ids)
                    .map((rs, ctx) -> span(rs))
                    .forEach(s -> byTrace.get(s.traceId()).add(s));
            List<Summary> out = new ArrayList<>(ids.size());
            byTrace.values().forEach(spans -> out.add(summarize(spans)));
            return out;
        });
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
        Map<String, List<long[]>> groups = new TreeMap<>();
        jdbi.useHandle(h -> {
            Query query = h.createQuery("select service, operation, end_nanos - start_nanos as duration, error"
                            + " from trace_spans where tenant = :tenant and entry = true"
                            + " and start_nanos >= :from and start_nanos <= :to"
                            + (serviceFilter == null ? "" : " and service = :service"))
                    .bind("tenant", tenant)
                    .bind("from", fromNanos)
                    .bind("to", toNanos);
            if (serviceFilter != null) {
                query.bind("service", serviceFilter);
            }
            query.map((rs, ctx) -> {
                        groups.computeIfAbsent(
                                        rs.getString("service") + "\u0000" + rs.getString("operation"),
                                        k -> new ArrayList<>())
                                .add(new long[] {rs.getLong("duration"), rs.getBoolean("error") ? 1 : 0});
                        return 0;
                    })
                    .forEach(ignored -> {});
        });
        double seconds = Math.max(1e-9, (toNanos - fromNanos) / 1e9);
        List<Red> out = new ArrayList<>();
        groups.forEach((key, spans) -> {
            long[] durations = spans.stream().mapToLong(d -> d[0]).sorted().toArray();
            long errors = spans.stream().filter(d -> d[1] == 1).count();
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

    /**
     * Deletes the traces whose newest span ended before the retention, then, per tenant over
     * {@code maxSpans}, the traces that ended first until it is within the limit.
     *
     * @return spans deleted
     */
    public long enforceRetention() {
        long cutoff = clock.millis() * 1_000_000L - retentionNanos;
        return jdbi.withHandle(h -> {
            List<String[]> expired = h.createQuery("select tenant, trace_id from trace_spans"
                            + " group by tenant, trace_id having max(end_nanos) < :cutoff")
                    .bind("cutoff", cutoff)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .list();
            long deleted = delete(h, expired);
            Map<String, Long> counts = new HashMap<>();
            h.createQuery("select tenant, count(*) from trace_spans group by tenant")
                    .map((rs, ctx) -> counts.put(rs.getString(1), rs.getLong(2)))
                    .forEach(ignored -> {});
            for (var e : counts.entrySet()) {
                long excess = e.getValue() - maxSpans;
                if (excess <= 0) {
                    continue;
                }
                List<String[]> oldest = new ArrayList<>();
                long[] freed = {0};
                h.createQuery("select trace_id, count(*) as spans, max(end_nanos) as newest from trace_spans"
                                + " where tenant = :tenant group by trace_id order by newest, trace_id")
                        .bind("tenant", e.getKey())
                        .map((rs, ctx) -> {
                            if (freed[0] < excess) {
                                oldest.add(new String[] {e.getKey(), rs.getString("trace_id")});
                                freed[0] += rs.getLong("spans");
                            }
                            return 0;
                        })
                        .forEach(ignored -> {});
                deleted += delete(h, oldest);
            }
            return deleted;
        });
    }

    private static long delete(Handle h, List<String[]> traces) {
        long deleted = 0;
        for (int from = 0; from < traces.size(); from += DELETE_BATCH) {
            PreparedBatch batch = h.prepareBatch("delete from trace_spans where tenant = ? and trace_id = ?");
            for (String[] t : traces.subList(from, Math.min(traces.size(), from + DELETE_BATCH))) {
                batch.add(t[0], t[1]);
            }
            for (int n : batch.execute()) {
                deleted += n;
            }
        }
        return deleted;
    }

    /** Spans held (every tenant), for /metrics. */
    public long spanCount() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from trace_spans")
                .mapTo(Long.class)
                .one());
    }

    /** Readiness: the table can be read. */
    public void check() {
        jdbi.useHandle(h -> h.createQuery("select count(*) from trace_spans where tenant = ''")
                .mapTo(Long.class)
                .one());
    }

    private static Map<String, String> attributes(String json) {
        try {
            return Json.MAPPER.readValue(json, ATTRIBUTES);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("trace_spans.attributes is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static Span span(ResultSet rs) throws SQLException {
        return new Span(
                rs.getString("trace_id"),
                rs.getString("span_id"),
                rs.getString("parent_span_id"),
                rs.getString("service"),
                rs.getString("operation"),
                rs.getString("kind"),
                rs.getLong("start_nanos"),
                rs.getLong("end_nanos"),
                rs.getBoolean("error"),
                attributes(rs.getString("attributes")));
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
