package io.enis.kit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** What {@link PrivatePostgres} and {@link PrivateRedis} share: skipping without the binary, running commands, cleaning up. */
final class PrivateServers {
    private PrivateServers() {
    }

    /**
     * Aborts the calling test with one line on stderr when {@code binary} is missing, or fails when
     * {@code requireVariable} is {@code 1} (CI).
     */
    static void requireBinary(boolean present, String server, String requireVariable, String install) {
        if (present) {
            return;
        }
        if ("1".equals(System.getenv(requireVariable))) {
            throw new IllegalStateException(requireVariable + "=1 but no " + server + " server binary here (" + install + ")");
        }
        TestStores.saySkippedOnce("private " + server, "tests that stop a private " + server + " server not run: no "
                + server + " binary (" + install + ")");
        Assumptions.abort("no " + server + " binary");
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs {@code command} to its end (at most a minute); fails with its output when it does not succeed. */
    static void run(Path log, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
