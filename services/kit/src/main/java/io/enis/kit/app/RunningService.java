package io.enis.kit.app;

import io.enis.kit.health.Readiness;
import io.enis.kit.metrics.HttpMetrics;
import io.enis.kit.openapi.OpenApiDocument;
import io.javalin.Javalin;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started service: its address, routes and document, and {@link #stop()}. */
public final class RunningService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningService.class);

    private final String name;
    private final Javalin app;
    private final ServiceRuntime runtime;
    private final Readiness readiness;
    private final HttpMetrics metrics;
    private final OpenApiDocument openApi;
    private final GracefulHandler inFlight;
    private final AtomicBoolean stopped = new AtomicBoolean();

    RunningService(
            String name,
            Javalin app,
            ServiceRuntime runtime,
            Readiness readiness,
            HttpMetrics metrics,
            OpenApiDocument openApi,
            GracefulHandler inFlight) {
        this.name = name;
        this.app = app;
        this.runtime = runtime;
        this.readiness = readiness;
        this.metrics = metrics;
        this.openApi = openApi;
        this.inFlight = inFlight;
    }

    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Every route the service serves (kit routes included). */
    public List<Api.Route> routes() {
        return runtime.api().routes();
    }

    public OpenApiDocument openApi() {
        return openApi;
    }

    /** The service's tracing ({@link io.enis.kit.tracing.Tracing#off()} without {@code OTEL_EXPORTER_OTLP_ENDPOINT}). */
    public io.enis.kit.tracing.Tracing tracing() {
        return runtime.tracing();
    }

    /**
     * What SIGTERM does: report not ready at once, keep serving for {@code SHUTDOWN_DELAY} (load
     * balancers and Kubernetes endpoints take a moment to stop sending), then {@link #stop()}.
     */
    public void stopOnSignal() {
        readiness.drain();
        long delay = runtime.common().shutdownDelay().toMillis();
        if (delay > 0 && !stopped.get()) {
            LOG.info("{}: not ready; serving {} ms more before stopping", name, delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
    }

    /**
     * Graceful shutdown: report not ready, let in-flight requests finish (up to
     * {@code SHUTDOWN_TIMEOUT}), stop the server, run the service's stop steps (flush buffers), export
     * the last spans (up to {@value io.enis.kit.tracing.Tracing#CLOSE_SECONDS} s), close the pool and
     * the meters. Safe to call more than once.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        readiness.drain();
        try {
            // New requests now get 503; this completes when the last response in flight is written.
            inFlight.shutdown().get(runtime.common().shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn(
                    "{}: {} requests still running after SHUTDOWN_TIMEOUT; stopping anyway",
                    name,
                    inFlight.getCurrentRequestCount());
        } catch (ExecutionException e) {
            LOG.warn("{}: waiting for requests in flight failed", name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        release(name, runtime, metrics);
        LOG.info("{} stopped", name);
    }

    /**
     * Runs the service's stop steps (newest first), exports the spans still queued (their last
     * deliveries included), then closes the pool and the meters.
     */
    static void release(String name, ServiceRuntime runtime, HttpMetrics metrics) {
        for (AutoCloseable step : runtime.stopSteps()) {
            try {
                step.close();
            } catch (Exception e) {
                LOG.error("{}: a shutdown step failed", name, e);
            }
        }
        runtime.tracing().close();
        runtime.database().close();
        metrics.close();
    }

    @Override
    public void close() {
        stop();
    }
}
