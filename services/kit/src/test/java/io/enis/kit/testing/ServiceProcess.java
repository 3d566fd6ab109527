package io.enis.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's packaged jar run as its own process, as an operator runs it: {@code java -jar} with
 * only the given environment (the test JVM's database, Redis and port settings are removed), output
 * to a log file in {@code workDir}. {@link #start} binds a port the service picks and reads it from the
 * log; {@link #launch} only starts the process (for {@code --help} and bad settings).
 */
public final class ServiceProcess {
    /** The kit's INFO line once the server is bound: {@code <name> <version> listening on <host>:<port> (...)}. */
    private static final Pattern LISTENING = Pattern.compile("listening on \\S+:(\\d+) \\(");

    /** The log levels that let the kit's INFO "listening on" line through. */
    private static final Set<String> SHOWS_INFO = Set.of("TRACE", "DEBUG", "INFO");

    private ServiceProcess() {}

    /** A service jar running as its own process, and the port its server bound. */
    public record Bound(Process process, int port) {
        /** {@code http://127.0.0.1:<port>} */
        public String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        /** A client of the service with {@code apiKey} (may be null). */
        public TestClient client(String apiKey) {
            return new TestClient(baseUrl(), apiKey);
        }
    }

    /** {@link #start(String, Path, String, Map, Duration)} with 60 s to bind. */
    public static Bound start(String jar, Path workDir, String log, Map<String, String> env)
            throws IOException, InterruptedException {
        return start(jar, workDir, log, env, Duration.ofSeconds(60));
    }

    /**
     * Starts {@code jar} as {@link #launch} does and returns once its server is bound, with the port it
     * bound, read from the kit's INFO "listening on" line in the log. Without {@code PORT} in {@code env}
     * the service picks a free port itself ({@code PORT=0}), so no other process can take it between a
     * choice and the bind; give {@code PORT} only to come back on the port a previous run bound (a
     * client configured with that address: the port may have been taken meanwhile, which then fails the
     * start). {@code HOST} defaults to {@code 127.0.0.1} and {@code LOG_LEVEL} to {@code INFO}.
     *
     * @throws IllegalArgumentException when {@code env} sets a {@code LOG_LEVEL} that hides INFO lines
     * @throws AssertionError with the process's output when it exits before it is bound, or is not bound
     *     within {@code timeout} (it is then killed)
     */
    public static Bound start(String jar, Path workDir, String log, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        String level = env.getOrDefault("LOG_LEVEL", "INFO");
        if (!SHOWS_INFO.contains(level.toUpperCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("LOG_LEVEL=" + level
                    + " hides the INFO 'listening on' line the bound port is read from; use INFO, DEBUG or TRACE");
        }
        Map<String, String> full = new HashMap<>(env);
        full.putIfAbsent("PORT", "0");
        full.putIfAbsent("HOST", "127.0.0.1");
        full.put("LOG_LEVEL", level);
        Process process = launch(jar, workDir, log, full);
        return new Bound(process, awaitBound(process, workDir.resolve(log), timeout));
    }

    /** {@link #startReady(String, Path, String, Map, Duration)} with 30 s to be ready. */
    public static Bound startReady(String jar, Path workDir, String log, Map<String, String> env)
            throws IOException, InterruptedException {
        return startReady(jar, workDir, log, env, Duration.ofSeconds(30));
    }

    /**
     * {@link #start} and then {@link #awaitReady}: returns once {@code /health/ready} answers 200.
     *
     * @throws AssertionError with the process's output when it does not bind ({@link #start}) or is not
     *     ready within {@code readyTimeout} (it is then killed)
     */
    public static Bound startReady(String jar, Path workDir, String log, Map<String, String> env, Duration readyTimeout)
            throws IOException, InterruptedException {
        Bound started = start(jar, workDir, log, env, readyTimeout);
        try {
            awaitReady(started.client(null), started.process(), readyTimeout);
        } catch (AssertionError e) {
            started.process().destroyForcibly().waitFor();
            throw new AssertionError(e.getMessage() + "; its output:\n" + output(workDir.resolve(log)), e);
        }
        return started;
    }

    /**
     * Waits until {@code log} (the process's standard output) has the kit's "listening on" line and
     * returns the port it names.
     *
     * @throws AssertionError with the output ({@code log} and {@code log.err}) when the process exits
     *     first, or when no such line comes within {@code timeout} (the process is then killed)
     */
    public static int awaitBound(Process process, Path log, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean exited = !process.isAlive(); // read after: a line written just before the exit counts
            Matcher m = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (exited) {
                throw new AssertionError("the service exited (" + process.exitValue()
                        + ") before it was listening; its output:\n" + output(log));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the service was not listening within " + timeout.toSeconds()
                        + " s (killed); its output:\n" + output(log));
            }
            Thread.sleep(50);
        }
    }

    private static String output(Path log) throws IOException {
        Path err = log.resolveSibling(log.getFileName() + ".err");
        return (Files.exists(log) ? Files.readString(log) : "") + (Files.exists(err) ? Files.readString(err) : "");
    }

    /** Starts {@code jar} with {@code env} and {@code args}; output goes to {@code workDir/<log>}. */
    public static Process launch(String jar, Path workDir, String log, Map<String, String> env, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(workDir.resolve(log).toFile())
                .redirectError(workDir.resolve(log + ".err").toFile());
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("DATABASE_")
                        || k.startsWith("REDIS_")
                        || k.equals("PORT")
                        || k.startsWith("ENIS_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * A port that was free a moment ago: another process may take it before it is used, so use it only
     * for a server that retries on another port when its start finds the address in use ({@link
     * PortRetry}). A service jar binds port 0 instead ({@link #start}); a port that must refuse
     * connections is a {@link ClosedPort}.
     */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code /health/ready} answers 200; fails if the process exits first or after 30 s. */
    public static void awaitReady(TestClient client, Process process) throws InterruptedException {
        awaitReady(client, process, Duration.ofSeconds(30));
    }

    /**
     * Waits until {@code /health/ready} answers 200; fails if the process exits first or after
     * {@code timeout} (a jar that replays a write-ahead log, or a loaded machine, may need more than 30 s).
     */
    public static void awaitReady(TestClient client, Process process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service exited early").isTrue();
            try {
                if (client.get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException starting) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service was not ready within " + timeout.toSeconds() + " s");
    }
}
