import com.sun.net.httpserver.HttpServer;
import io.enis.kit.tracing.Tracing;
import io.enis.kit.tracing.TracingSettings;
import io.opentelemetry.api.trace.SpanKind;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time per span of the kit's tracing, without HTTP serving around it: a SERVER span with the
 * attributes {@code ServerSpans} sets, N times (at most ~50 per ms, so the batch processor keeps up),
 * exported by {@link Tracing} in the given encoding to a receiver in this JVM that reads and discards
 * the body. Whole-process CPU (creation, batching, encoding, sending, receiving) divided by N; three
 * rounds, the first warms up the JIT.
 * Usage: java -cp services/observability/target/enis-observability.jar bench/observability/SpanCost.java HTTP_JSON|HTTP_PROTOBUF N
 */
public class SpanCost {
    public static void main(String[] args) throws Exception {
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        sink.start();
        var protocol = TracingSettings.Protocol.valueOf(args[0]);
        int n = Integer.parseInt(args[1]);
        Tracing tracing = Tracing.start(new TracingSettings(Optional.of(URI.create("http://127.0.0.1:" + sink.getAddress().getPort())),
                protocol, Map.of(), "bench", 1.0, Duration.ofMillis(200), Duration.ofSeconds(10)), "bench");
        var tracer = tracing.tracer();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 3; round++) {
            long cpu0 = os.getProcessCpuTime();
            for (int i = 0; i < n; i++) {
                var span = tracer.spanBuilder("POST /v1/metrics/collect").setSpanKind(SpanKind.SERVER)
                        .setAttribute("http.request.method", "POST").setAttribute("http.route", "/v1/metrics/collect")
                        .setAttribute("url.path", "/v1/metrics/collect").setAttribute("url.scheme", "http")
                        .setAttribute("server.address", "127.0.0.1").setAttribute("server.port", 18091L)
                        .setAttribute("client.address", "127.0.0.1").setAttribute("network.protocol.version", "1.1")
                        .setAttribute("user_agent.original", "Java-http-client/17.0.15").startSpan();
                span.setAttribute("http.response.status_code", 200L);
                span.end();
                if (i % 50 == 49) {
                    Thread.sleep(1);
                }
            }
            Thread.sleep(500); // the last batches go out
            System.out.printf("%s round %d: %d spans, %.1f µs CPU per span%n", protocol.value(), round, n,
                    (os.getProcessCpuTime() - cpu0) / 1000.0 / n);
        }
        tracing.close();
        sink.stop(0);
    }
}
