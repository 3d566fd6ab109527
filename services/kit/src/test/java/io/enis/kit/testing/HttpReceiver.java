package io.enis.kit.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * A real HTTP endpoint on 127.0.0.1 standing in for a webhook receiver: it records what it accepted
 * (path, body and headers) and answers with the status {@link #respondWith} chooses — for example 503 for the
 * first calls — after an optional delay.
 */
public final class HttpReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Request> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile IntSupplier status = () -> 200;
    private volatile Duration delay = Duration.ZERO;
    private volatile Predicate<Request> alwaysAccepted = r -> false;

    /** One accepted request: its path, body bytes and headers. */
    public record Request(String path, byte[] bytes, Map<String, List<String>> headers) {
        /** The body as UTF-8 text. */
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public HttpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            attempts.incrementAndGet();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Request request = new Request(exchange.getRequestURI().getPath(), body, Map.copyOf(exchange.getRequestHeaders()));
            int code = alwaysAccepted.test(request) ? 200 : status.getAsInt();
            if (code < 300) {
                accepted.add(request);
            }
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
    }

    /** Fails the first {@code n} calls with {@code code}, then accepts. */
    public HttpReceiver failFirst(int n, int code) {
        AtomicInteger left = new AtomicInteger(n);
        status = () -> left.getAndDecrement() > 0 ? code : 200;
        return this;
    }

    /** Answers every call with {@code code}. */
    public HttpReceiver respondWith(int code) {
        status = () -> code;
        return this;
    }

    /**
     * Accepts the calls {@code which} matches whatever the other settings say: probes a test sends after
     * what it expects nothing of, so that their arrival proves the sender got past it.
     */
    public HttpReceiver alwaysAccept(Predicate<Request> which) {
        alwaysAccepted = which;
        return this;
    }

    /** Waits {@code d} before answering each call. */
    public HttpReceiver delay(Duration d) {
        delay = d;
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Calls received, accepted or not. */
    public int attempts() {
        return attempts.get();
    }

    /** The most calls that were being handled at the same time (at most 8: the receiver's threads). */
    public int maxConcurrent() {
        return maxInFlight.get();
    }

    public List<Request> accepted() {
        return List.copyOf(accepted);
    }

    /** Waits until {@code n} requests were accepted (fails after {@code timeout}). */
    public List<Request> await(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (accepted.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (accepted.size() < n) {
            throw new AssertionError("expected " + n + " accepted requests, got " + accepted.size() + " after " + attempts.get() + " attempts");
        }
        return List.copyOf(accepted);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
