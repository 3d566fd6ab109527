package io.enis.observability.traces;

import com.google.protobuf.ByteString;
import io.enis.observability.otlp.OtlpValues;
import io.enis.observability.otlp.Rejection;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OTLP spans ({@code ExportTraceServiceRequest}, decoded from protobuf or JSON) as {@link Span}s: the
 * service is the resource's {@code service.name} ({@code unknown_service} without one), the operation
 * the span name, ids in lower-case hex, {@code kind} from the OTLP enum, error when the status code is
 * {@code STATUS_CODE_ERROR}, attributes as text ({@link OtlpValues}). A span that cannot be stored is
 * a {@link Rejection} with its path ({@code resourceSpans[0].scopeSpans[1].spans[2].traceId}) and the
 * others are still mapped: a trace id other than 16 bytes or all zeros, a span id other than 8 bytes or
 * all zeros, a parent span id neither empty nor 8 bytes (all zeros reads as no parent), a name empty,
 * longer than 256 characters or with control characters, no start time, an end before the start.
 */
public final class OtlpSpans {
    /** What the span {@code kind} enum values are called in {@link Span#kind()}, by number. */
    static final List<String> KINDS = List.of("unspecified", "internal", "server", "client", "producer", "consumer");

    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,256}");
    private static final String UNKNOWN_SERVICE = "unknown_service";

    private OtlpSpans() {}

    /** The spans that map, and the rejected ones. */
    public record Mapped(List<Span> spans, List<Rejection> rejected) {
        /** Spans in the request. */
        public int total() {
            return spans.size() + rejected.size();
        }
    }

    /** Spans in a request, counted without mapping them (for the per-request limit). */
    public static int count(ExportTraceServiceRequest request) {
        int n = 0;
        for (ResourceSpans rs : request.getResourceSpansList()) {
            for (ScopeSpans ss : rs.getScopeSpansList()) {
                n += ss.getSpansCount();
            }
        }
        return n;
    }

    /** Maps every span of {@code request}; a span that cannot be stored is rejected, not the request. */
    public static Mapped map(ExportTraceServiceRequest request) {
        List<Span> spans = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (int r = 0; r < request.getResourceSpansCount(); r++) {
            ResourceSpans rs = request.getResourceSpans(r);
            String service = service(rs.getResource());
            for (int s = 0; s < rs.getScopeSpansCount(); s++) {
                ScopeSpans ss = rs.getScopeSpans(s);
                for (int i = 0; i < ss.getSpansCount(); i++) {
                    String path = "resourceSpans[" + r + "].scopeSpans[" + s + "].spans[" + i + "]";
                    io.opentelemetry.proto.trace.v1.Span span = ss.getSpans(i);
                    Rejection problem = problem(span, path);
                    if (problem != null) {
                        rejected.add(problem);
                    } else {
                        spans.add(span(span, service));
                    }
                }
            }
        }
        return new Mapped(spans, rejected);
    }

    private static String service(Resource resource) {
        for (var kv : resource.getAttributesList()) {
            if (kv.getKey().equals("service.name")) {
                String name = OtlpValues.text(kv.getValue());
                return name.isEmpty() ? UNKNOWN_SERVICE : name;
            }
        }
        return UNKNOWN_SERVICE;
    }

    /** Why the span at {@code path} cannot be stored, or {@code null}. */
    private static Rejection problem(io.opentelemetry.proto.trace.v1.Span span, String path) {
        String id = idProblem(span.getTraceId(), 16);
        if (id != null) {
            return reject(path, "traceId", id);
        }
        id = idProblem(span.getSpanId(), 8);
        if (id != null) {
            return reject(path, "spanId", id);
        }
        int parent = span.getParentSpanId().size();
        if (parent != 0 && parent != 8) {
            return reject(
                    path, "parentSpanId", "must be empty or 8 bytes (16 hex characters); got " + parent + " bytes");
        }
        if (!NAME.matcher(span.getName()).matches()) {
            return reject(path, "name", "must be 1 to 256 characters without control characters");
        }
        long start = span.getStartTimeUnixNano();
        long end = span.getEndTimeUnixNano();
        if (start == 0) {
            return reject(path, "startTimeUnixNano", "is required (nanoseconds since the epoch)");
        }
        if (start < 0 || end < 0) { // fixed64 past Long.MAX_VALUE
            return reject(path, start < 0 ? "startTimeUnixNano" : "endTimeUnixNano", "is after the year 2262");
        }
        if (end < start) {
            return reject(path, "endTimeUnixNano", "must not be before startTimeUnixNano");
        }
        return null;
    }

    private static Rejection reject(String path, String field, String reason) {
        return new Rejection(path + "." + field, reason, 1);
    }

    private static String idProblem(ByteString id, int bytes) {
        if (id.size() != bytes) {
            return "must be " + bytes + " bytes (" + bytes * 2 + " hex characters); got " + id.size() + " bytes";
        }
        return allZeros(id) ? "must not be all zeros" : null;
    }

    private static boolean allZeros(ByteString id) {
        for (int i = 0; i < id.size(); i++) {
            if (id.byteAt(i) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Span span(io.opentelemetry.proto.trace.v1.Span s, String service) {
        HexFormat hex = HexFormat.of();
        ByteString parent = s.getParentSpanId();
        boolean root = parent.isEmpty() || allZeros(parent);
        int kind = s.getKindValue();
        return new Span(
                hex.formatHex(s.getTraceId().toByteArray()),
                hex.formatHex(s.getSpanId().toByteArray()),
                root ? null : hex.formatHex(parent.toByteArray()),
                service,
                s.getName(),
                kind >= 0 && kind < KINDS.size() ? KINDS.get(kind) : KINDS.get(0),
                s.getStartTimeUnixNano(),
                s.getEndTimeUnixNano(),
                s.getStatus().getCode() == Status.StatusCode.STATUS_CODE_ERROR,
                OtlpValues.attributes(s.getAttributesList()));
    }
}
