package io.enis.kit.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A Redis server of one test's own, on a free port of 127.0.0.1 (tried again on another when the port
 * was taken before it bound: {@link PortRetry}), that the test may stop and start again on the same port
 * (the shared server of {@code test/tools/start-redis.sh} must never be stopped). It keeps an
 * append-only file fsynced on every write, so what it acknowledged survives a stop. Without
 * {@code redis-server} on the PATH the test is skipped with one line, unless {@code ENIS_REQUIRE_REDIS=1}.
 */
public final class PrivateRedis implements AutoCloseable {
    private final Path dir;
    private final int port;
    private Process server;

    private PrivateRedis(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts a server; skips the test when Redis is not installed. A port taken before the server bound
     * it costs a retry on another ({@link PortRetry}).
     */
    public static PrivateRedis start() throws Exception {
        return start(PortRetry::freePort);
    }

    /** {@link #start()} on the ports {@code ports} gives (a test's way to offer a taken one first). */
    static PrivateRedis start(IntSupplier ports) throws Exception {
        PrivateServers.requireBinary(
                onPath("redis-server"), "Redis", "ENIS_REQUIRE_REDIS", "apt-get install redis-server");
        Path dir = Files.createTempDirectory("enis-private-redis-");
        try {
            return PortRetry.start(ports, port -> {
                PrivateRedis redis = new PrivateRedis(dir, port);
                redis.startAgain();
                return redis;
            });
        } catch (Exception e) {
            PrivateServers.deleteTree(dir);
            throw e;
        }
    }

    int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server (SIGTERM: Redis flushes its append-only file and exits). */
    public void stop() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
        server = null;
    }

    /**
     * Starts the stopped server on the same port with the same data; returns once it answers as this
     * process (not another server that took the port meanwhile).
     *
     * @throws IllegalStateException with the server's log when it exits first (an address in use among
     *     the reasons) or does not answer within 10 s
     */
    public void startAgain() throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve("redis.log")); // this start's reasons only
        server = new ProcessBuilder(List.of(
                        "redis-server",
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port),
                        "--dir",
                        dir.toString(),
                        "--save",
                        "",
                        "--appendonly",
                        "yes",
                        "--appendfsync",
                        "always",
                        "--logfile",
                        dir.resolve("redis.log").toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answersAsItself()) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                server.destroyForcibly().waitFor();
                server = null;
                throw new IllegalStateException("redis-server on port " + port + " did not start: " + output());
            }
            Thread.sleep(20);
        }
    }

    private String output() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("redis.out", "redis.log")) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                out.append(Files.readString(file));
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (server != null) {
                stop();
            }
        } finally {
            PrivateServers.deleteTree(dir);
        }
    }

    /** Whether the server on the port answers {@code INFO server} with this process's id. */
    private boolean answersAsItself() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(2000);
            s.getOutputStream().write("INFO server\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                if (line.startsWith("process_id:")) {
                    return line.substring("process_id:".length()).trim().equals(String.valueOf(server.pid()));
                }
            }
            return false;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        return path != null
                && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                        .anyMatch(d -> Files.isExecutable(Path.of(d, binary)));
    }
}
