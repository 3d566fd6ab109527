package io.enis.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of one test's own, on a free port of 127.0.0.1, that the test may stop and start again
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

    /** Starts a server; skips the test when Redis is not installed. */
    public static PrivateRedis start() throws IOException, InterruptedException {
        PrivateServers.requireBinary(onPath("redis-server"), "Redis", "ENIS_REQUIRE_REDIS", "apt-get install redis-server");
        PrivateRedis redis = new PrivateRedis(Files.createTempDirectory("enis-private-redis-"), ServiceProcess.freePort());
        redis.startAgain();
        return redis;
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

    /** Starts the stopped server on the same port with the same data; returns once it answers PING. */
    public void startAgain() throws IOException, InterruptedException {
        server = new ProcessBuilder(List.of("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(port), "--dir", dir.toString(),
                "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--logfile", dir.resolve("redis.log").toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answersPing()) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server on port " + port + " did not start: " + Files.readString(dir.resolve("redis.out")));
            }
            Thread.sleep(20);
        }
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

    private boolean answersPing() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] answer = new byte[5];
            return in.readNBytes(answer, 0, 5) == 5 && new String(answer, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, binary)));
    }
}
