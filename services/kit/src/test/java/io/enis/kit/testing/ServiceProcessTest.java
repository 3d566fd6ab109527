package io.enis.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the port a process bound from its log, failing fast when it does not bind; closed ports. */
class ServiceProcessTest {
    @TempDir
    Path work;

    private Process shell(String script) throws Exception {
        return new ProcessBuilder(List.of("sh", "-c", script))
                .redirectOutput(work.resolve("out.log").toFile())
                .redirectError(work.resolve("out.log.err").toFile())
                .start();
    }

    @Test
    void thePortIsReadFromTheListeningLine() throws Exception {
        Process p = shell("echo '{\"message\":\"starting\"}'; sleep 0.2; "
                + "echo '{\"message\":\"echo dev listening on 127.0.0.1:43117 (embedded H2 store)\"}'; sleep 30");
        try {
            assertThat(ServiceProcess.awaitBound(p, work.resolve("out.log"), Duration.ofSeconds(10)))
                    .isEqualTo(43117);
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    @Test
    void anExitBeforeBindingFailsAtOnceWithTheOutput() throws Exception {
        Process p = shell("echo 'PORT=eighty: not a port' >&2; exit 2");
        long start = System.nanoTime();
        assertThatThrownBy(() -> ServiceProcess.awaitBound(p, work.resolve("out.log"), Duration.ofSeconds(60)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("exited (2) before it was listening")
                .hasMessageContaining("PORT=eighty: not a port");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void noListeningLineWithinTheTimeoutKillsTheProcessAndShowsItsOutput() throws Exception {
        Process p = shell("echo 'replaying the log'; sleep 60");
        assertThatThrownBy(() -> ServiceProcess.awaitBound(p, work.resolve("out.log"), Duration.ofMillis(500)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not listening within")
                .hasMessageContaining("replaying the log");
        assertThat(p.isAlive()).isFalse();
    }

    @Test
    void aLogLevelThatHidesTheListeningLineIsRefused() {
        assertThatThrownBy(() -> ServiceProcess.start("none.jar", work, "x.log", Map.of("LOG_LEVEL", "WARN")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOG_LEVEL=WARN");
        assertThat(Files.exists(work.resolve("x.log"))).as("nothing started").isFalse();
    }

    @Test
    void aClosedPortRefusesConnectionsAndCannotBeTakenWhileHeld() throws Exception {
        try (ClosedPort closed = ClosedPort.hold()) {
            assertThat(closed.url()).isEqualTo("http://127.0.0.1:" + closed.port());
            assertThatThrownBy(() -> {
                        try (var s = new Socket()) {
                            s.connect(new InetSocketAddress("127.0.0.1", closed.port()), 2000);
                        }
                    })
                    .isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> {
                        try (var s = new ServerSocket()) {
                            s.setReuseAddress(true); // as Jetty, Redis and PostgreSQL bind
                            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), closed.port()));
                        }
                    })
                    .isInstanceOf(java.net.BindException.class);
        }
    }
}
