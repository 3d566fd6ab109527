package io.enis.kit.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own tracing: an OpenTelemetry SDK exporting spans over OTLP/HTTP when
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set ({@link TracingSettings}), or nothing at all when it is not —
 * then {@link #openTelemetry()} is the API's no-op, no SDK object exists and the kit installs no tracing
 * handler. Spans are batched ({@code BatchSpanProcessor}: up to 2048 queued, 512 per export, every
 * {@code OTEL_BSP_SCHEDULE_DELAY}); when the queue is full new spans are dropped rather than slowing
 * requests. W3C trace context ({@code traceparent}, {@code tracestate}) is the only propagation format.
 * Not registered as the global OpenTelemetry: several services may run in one JVM (tests).
 *
 * <p>{@link #close()} (the kit's last shutdown step, after the service's own) exports what is queued,
 * waiting at most {@value #CLOSE_SECONDS} s; spans still unsent then are lost. The SDK reports failed
 * exports through {@code java.util.logging} (stderr), never to a request.
 */
public final class Tracing implements AutoCloseable {
    /** How long {@link #close()} waits for the last export. */
    public static final int CLOSE_SECONDS = 5;
    /** The instrumentation scope of the kit's spans. */
    static final String SCOPE = "io.enis.kit";

    private static final Logger LOG = LoggerFactory.getLogger(Tracing.class);
    private static final Tracing OFF = new Tracing(OpenTelemetry.noop(), null);
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    private static final AttributeKey<String> SERVICE_VERSION = AttributeKey.stringKey("service.version");
    private static final AttributeKey<String> DEPLOYMENT_ENVIRONMENT = AttributeKey.stringKey("deployment.environment");

    private final OpenTelemetry openTelemetry;
    private final SdkTracerProvider provider;
    private final Tracer tracer;

    private Tracing(OpenTelemetry openTelemetry, SdkTracerProvider provider) {
        this.openTelemetry = openTelemetry;
        this.provider = provider;
        this.tracer = openTelemetry.getTracer(SCOPE);
    }

    /** No tracing: the no-op API, nothing recorded or sent. */
    public static Tracing off() {
        return OFF;
    }

    /**
     * Starts the SDK described by {@code settings}, or returns {@link #off()} when it names no endpoint.
     *
     * @param serviceVersion the {@code service.version} resource attribute
     */
    public static Tracing start(TracingSettings settings, String serviceVersion) {
        return start(settings, serviceVersion, Optional.empty());
    }

    /**
     * As {@link #start(TracingSettings, String)}, with the {@code deployment.environment} resource
     * attribute when {@code environment} is present.
     */
    public static Tracing start(TracingSettings settings, String serviceVersion, Optional<String> environment) {
        URI url = settings.tracesUrl().orElse(null);
        if (url == null) {
            return OFF;
        }
        if (url.getPort() == 4317) {
            LOG.warn(
                    "{} uses port 4317, OTLP's gRPC port; the services export OTLP over HTTP (a collector listens on 4318)",
                    TracingSettings.ENDPOINT);
        }
        AttributesBuilder attributes =
                Attributes.builder().put(SERVICE_NAME, settings.serviceName()).put(SERVICE_VERSION, serviceVersion);
        environment.ifPresent(name -> attributes.put(DEPLOYMENT_ENVIRONMENT, name));
        Resource resource = Resource.getDefault().merge(Resource.create(attributes.build()));
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(resource)
                .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(settings.sampleRatio())))
                .addSpanProcessor(BatchSpanProcessor.builder(exporter(settings, url))
                        .setScheduleDelay(settings.scheduleDelay())
                        .build())
                .build();
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(provider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        LOG.info(
                "tracing: spans of {} exported to {} ({}, {} of new traces)",
                settings.serviceName(),
                url,
                settings.protocol().value(),
                settings.sampleRatio());
        return new Tracing(sdk, provider);
    }

    private static SpanExporter exporter(TracingSettings settings, URI url) {
        if (settings.protocol() == TracingSettings.Protocol.HTTP_JSON) {
            return OtlpJsonSpanExporter.create(url, settings.headers(), settings.exportTimeout());
        }
        OtlpHttpSpanExporterBuilder builder =
                OtlpHttpSpanExporter.builder().setEndpoint(url.toString()).setTimeout(settings.exportTimeout());
        settings.headers().forEach(builder::addHeader);
        return builder.build();
    }

    /** Whether spans are recorded and exported. */
    public boolean enabled() {
        return provider != null;
    }

    /** The API to make spans with: the SDK, or the no-op when tracing is off. */
    public OpenTelemetry openTelemetry() {
        return openTelemetry;
    }

    /** The kit's tracer (instrumentation scope {@value #SCOPE}). */
    public Tracer tracer() {
        return tracer;
    }

    /** W3C trace context when on; a propagator that reads and writes nothing when off. */
    public TextMapPropagator propagator() {
        return openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** Exports the spans still queued (at most {@value #CLOSE_SECONDS} s) and stops the SDK. No-op when off. */
    @Override
    public void close() {
        if (provider == null) {
            return;
        }
        CompletableResultCode done = provider.shutdown().join(CLOSE_SECONDS, TimeUnit.SECONDS);
        if (!done.isSuccess()) {
            LOG.warn("tracing: the last spans could not be exported within {} s", CLOSE_SECONDS);
        }
    }
}
