package io.enis.kit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of one test's own, on a free port of 127.0.0.1 (tried again on another when the
 * port was taken before it bound: {@link PortRetry}), that the test may stop and start again on the same port (the shared server of {@code test/tools/start-postgres.sh} must never be stopped). Made with
 * {@code initdb} and {@code pg_ctl} from the newest {@code /usr/lib/postgresql/<version>/bin}, run as
 * the {@code postgres} user when the tests run as root; trust authentication, {@code fsync} off.
 * Without those binaries the test is skipped with one line, unless {@code ENIS_REQUIRE_POSTGRES=1}.
 */
public final class PrivatePostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private boolean running;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Creates and starts a server; skips the test when PostgreSQL is not installed. A port taken before
     * the server bound it costs a retry on another ({@link PortRetry}).
     */
    public static PrivatePostgres start() throws Exception {
        return start(PortRetry::freePort);
    }

    /** {@link #start()} on the ports {@code ports} gives (a test's way to offer a taken one first). */
    static PrivatePostgres start(IntSupplier ports) throws Exception {
        Optional<Path> bin = binaries();
        PrivateServers.requireBinary(
                bin.isPresent(), "PostgreSQL", "ENIS_REQUIRE_POSTGRES", "apt-get install postgresql");
        Path dir = Files.createTempDirectory("enis-private-pg-");
        PrivatePostgres created = new PrivatePostgres(bin.get(), dir, 0);
        try {
            if (PrivateServers.runningAsRoot()) {
                PrivateServers.run(created.commandLog(), List.of("chown", "postgres", dir.toString()));
            }
            created.asOwner(List.of(
                    bin.get().resolve("initdb").toString(),
                    "-D",
                    created.data().toString(),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8"));
            return PortRetry.start(ports, port -> {
                PrivatePostgres pg = new PrivatePostgres(bin.get(), dir, port);
                pg.startAgain();
                return pg;
            });
        } catch (Exception e) {
            created.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    /** The kit's database settings for a service on this server. */
    public Map<String, String> env() {
        return Map.of(
                "DATABASE_URL",
                "postgresql://127.0.0.1:" + port + "/postgres",
                "DATABASE_USERNAME",
                "postgres",
                "DATABASE_PASSWORD",
                "unused-with-trust",
                "DATABASE_POOL_SIZE",
                "4");
    }

    /** Stops the server (fast shutdown: open connections are cut, committed data stays). */
    public void stop() throws IOException, InterruptedException {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"));
        running = false;
    }

    /**
     * Starts the stopped server on the same port with the same data.
     *
     * @throws IllegalStateException with pg_ctl's output and this start's server log when it does not
     *     start (an address in use among the reasons)
     */
    public void startAgain() throws IOException, InterruptedException {
        Path serverLog = dir.resolve("server.log");
        long before = Files.exists(serverLog) ? Files.size(serverLog) : 0;
        try {
            pgCtlStart();
        } catch (IllegalStateException e) {
            String log = Files.exists(serverLog) ? Files.readString(serverLog) : "";
            throw new IllegalStateException(
                    e.getMessage() + "\nserver log of this start:\n"
                            + log.substring((int) Math.min(before, log.length())),
                    e);
        }
        running = true;
    }

    private void pgCtlStart() throws IOException, InterruptedException {
        asOwner(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data().toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w",
                "-o",
                "-h 127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off",
                "start"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (running) {
                stop();
            }
        } finally {
            PrivateServers.deleteTree(dir);
            Files.deleteIfExists(commandLog());
        }
    }

    /** Where the output of initdb and pg_ctl goes. */
    private Path commandLog() {
        return dir.resolveSibling(dir.getFileName() + ".log");
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void asOwner(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (PrivateServers.runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        PrivateServers.run(commandLog(), full);
    }

    private static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max((a, b) -> Integer.compare(major(a), major(b)));
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
