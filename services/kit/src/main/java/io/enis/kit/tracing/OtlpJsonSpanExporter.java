package io.enis.kit.tracing;

import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.exporter.otlp.internal.HttpExporter;
import io.opentelemetry.exporter.otlp.internal.HttpExporterBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.internal.StandardComponentId;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * OTLP/HTTP with JSON encoding ({@code OTEL_EXPORTER_OTLP_PROTOCOL=http/json}). The Java SDK encodes
 * and sends OTLP JSON itself, but its public {@code OtlpHttpSpanExporterBuilder} offers only protobuf;
 * this class reaches the same machinery through the SDK's {@code internal} packages (the HTTP exporter
 * with {@code exportAsJson()}, the trace request marshaler, the JDK sender): nothing is encoded or sent
 * here. Those packages carry no compatibility promise, so an SDK upgrade may need this class changed
 * — the compiler and the kit's tracing tests say so. Prefer the default {@code http/protobuf}.
 */
final class OtlpJsonSpanExporter implements SpanExporter {
    private final HttpExporter delegate;

    private OtlpJsonSpanExporter(HttpExporter delegate) {
        this.delegate = delegate;
    }

    static SpanExporter create(URI tracesUrl, Map<String, String> headers, Duration timeout) {
        HttpExporterBuilder builder = new HttpExporterBuilder(
                        StandardComponentId.ExporterType.OTLP_HTTP_JSON_SPAN_EXPORTER, tracesUrl.toString())
                .setTimeout(timeout)
                .exportAsJson();
        headers.forEach(builder::addConstantHeaders);
        return new OtlpJsonSpanExporter(builder.build());
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return delegate.export(TraceRequestMarshaler.create(spans), spans.size());
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }
}
