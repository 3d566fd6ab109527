package io.enis.scorecard.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Debian {@code chromium} driven over the Chrome DevTools Protocol: JSON messages on the
 * page target's WebSocket (the JDK's {@link WebSocket} and Jackson; no client library — Selenium's
 * DevTools would also need chromedriver and a WebDriver session for the same few commands).
 * Every event received is kept ({@link #events}) for the test to inspect.
 *
 * <p>Without a {@code chromium} on the PATH (or {@code ENIS_TEST_CHROMIUM}) the calling test is
 * skipped with one line, unless {@code ENIS_REQUIRE_CHROMIUM=1} (.ci/run), which makes it fail.
 */
public final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://([^/]+)/");
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Every event (a message without an id) received, in order. */
    public final List<JsonNode> events = new CopyOnWriteArrayList<>();
    /** chromium's own stderr (with {@code --enable-logging=stderr}). */
    public final List<String> log = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The binary, or a skipped test (a failed one with ENIS_REQUIRE_CHROMIUM=1). */
    public static String binary() {
        String configured = System.getenv("ENIS_TEST_CHROMIUM");
        List<String> candidates = configured != null ? List.of(configured) : new ArrayList<>();
        if (configured == null) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                for (String name : List.of("chromium", "chromium-browser")) {
                    candidates.add(dir + "/" + name);
                }
            }
        }
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        if ("1".equals(System.getenv("ENIS_REQUIRE_CHROMIUM"))) {
            throw new IllegalStateException(
                    "ENIS_REQUIRE_CHROMIUM=1 but no chromium on the PATH (apt-get install chromium)");
        }
        System.err.println(
                "[tests] browser test not run: no chromium on the PATH (apt-get install chromium; .ci/run does)");
        Assumptions.abort("no chromium");
        return null;
    }

    /** Starts a headless chromium with a fresh profile and connects to its blank page. */
    public static Chromium start(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("enis-chromium");
        List<String> cmd = List.of(
                binary(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> log = new CopyOnWriteArrayList<>();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (var in =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            log.add(line);
                            Matcher m = LISTENING.matcher(line);
                            if (m.find()) {
                                address.complete(m.group(1));
                            }
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                    address.completeExceptionally(
                            new IllegalStateException("chromium exited: " + String.join("\n", log)));
                },
                "chromium-log");
        reader.setDaemon(true);
        reader.start();
        String hostPort = address.get(60, TimeUnit.SECONDS);
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://" + hostPort + "/json/list"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        String page = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                page = t.get("webSocketDebuggerUrl").asText();
            }
        }
        if (page == null) {
            throw new IllegalStateException("no page target in " + targets);
        }
        Chromium[] self = new Chromium[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder()
                .buildAsync(URI.create(page), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            self[0].receive(partial.toString());
                            partial.setLength(0);
                        }
                        w.request(1);
                        return null;
                    }
                })
                .get(30, TimeUnit.SECONDS);
        Chromium c = new Chromium(p, profile, ws);
        c.log.addAll(log);
        self[0] = c;
        return c;
    }

    private void receive(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
            } else {
                events.add(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a command and waits for its result; a CDP error fails. */
    public JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode r = reply.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.get("result");
    }

    /** Waits until an event named {@code method} has been received. */
    public JsonNode await(String method, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            for (JsonNode e : events) {
                if (method.equals(e.path("method").asText())) {
                    return e;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + method + " within " + seconds + " s; events: " + events);
    }

    /** The events named {@code method}. */
    public List<JsonNode> events(String method) {
        return events.stream()
                .filter(e -> method.equals(e.path("method").asText()))
                .toList();
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }
}
