package io.enis.billing.testing;

import io.enis.kit.testing.TestStores;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Stripe's official mock server (stripe-mock, version pinned as {@code stripe-mock.version} in the
 * root pom), started on a free port of 127.0.0.1 for one test class. The binary is looked up on
 * {@code PATH}, in {@code $GOBIN}, {@code $GOPATH/bin} and {@code ~/go/bin}
 * ({@code go install github.com/stripe/stripe-mock@<version>} puts it there; {@code .ci/run} does).
 * Without it the tests are skipped with one line on stderr, unless {@code ENIS_REQUIRE_STRIPE_MOCK=1}
 * (CI), where they fail.
 */
public final class StripeMock implements AutoCloseable {
    private final Process process;
    private final int port;

    private StripeMock(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts stripe-mock, or skips the calling test (fails with ENIS_REQUIRE_STRIPE_MOCK=1) when it is not installed. */
    public static StripeMock startOrSkip() throws IOException, InterruptedException {
        Optional<Path> binary = binary();
        if (binary.isEmpty()) {
            String how = "go install github.com/stripe/stripe-mock@<stripe-mock.version of the root pom>";
            if ("1".equals(System.getenv("ENIS_REQUIRE_STRIPE_MOCK"))) {
                throw new IllegalStateException(
                        "ENIS_REQUIRE_STRIPE_MOCK=1 but stripe-mock is not installed; run: " + how);
            }
            TestStores.saySkippedOnce(
                    "stripe-mock", "stripe-mock variants not run: no stripe-mock binary (" + how + "; .ci/run does)");
            Assumptions.abort("stripe-mock is not installed");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(binary.get().toString(), "-http-addr", "127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(
                        "stripe-mock exited with " + p.exitValue() + " before listening on " + port);
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new StripeMock(p, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("stripe-mock did not listen on 127.0.0.1:" + port + " within 20 s");
    }

    /** The API base to give the Stripe client: {@code http://127.0.0.1:<port>}. */
    public String apiBase() {
        return "http://127.0.0.1:" + port;
    }

    private static Optional<Path> binary() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(dir, "stripe-mock"));
            }
        }
        Optional.ofNullable(System.getenv("GOBIN")).ifPresent(d -> candidates.add(Path.of(d, "stripe-mock")));
        Optional.ofNullable(System.getenv("GOPATH")).ifPresent(d -> candidates.add(Path.of(d, "bin", "stripe-mock")));
        candidates.add(Path.of(System.getProperty("user.home"), "go", "bin", "stripe-mock"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
