package io.enis.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.PortRetry;
import io.enis.kit.testing.TestClient;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port taken before Prometheus bound it costs a retry on another, not a failed start. */
class PrivatePrometheusTest {
    @TempDir
    Path dir;

    @Test
    void onATakenPortItStartsOnTheNextOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                var prometheus = PrivatePrometheus.start(
                        PortRetry.takenFirst(taken.getLocalPort()),
                        dir,
                        PrivatePrometheus.RECEIVER_CONFIG,
                        "--web.enable-remote-write-receiver")) {
            assertThat(prometheus.port()).isNotEqualTo(taken.getLocalPort());
            assertThat(prometheus.log()).contains("address already in use");
            assertThat(new TestClient(prometheus.url(), null).get("/-/ready").status())
                    .isEqualTo(200);
        }
    }
}
