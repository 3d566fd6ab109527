package io.enis.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.PortRetry;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An in-process kit server that must be told its port (its settings name its own address) fails on a
 * taken port in a way {@link PortRetry} recognizes, and so starts on the next port.
 */
class KitServerPortTest {
    @TempDir
    Path dataDir;

    private Map<String, String> env(int port) {
        Map<String, String> env = new HashMap<>(TestStores.env(TestStores.Store.EMBEDDED, dataDir));
        env.put("PORT", String.valueOf(port));
        return env;
    }

    @Test
    void aTakenPortIsAnAddressInUseAndTheRetryStartsOnAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> KitServer.start(new EchoService(), env(port), Clock.systemUTC()))
                    .satisfies(e -> assertThat(PortRetry.addressInUse(e))
                            .as("recognized: %s", e)
                            .isTrue());
            try (RunningService service = PortRetry.start(
                    PortRetry.takenFirst(port), p -> KitServer.start(new EchoService(), env(p), Clock.systemUTC()))) {
                assertThat(service.port()).isNotEqualTo(port);
                assertThat(new TestClient(service.baseUrl(), null)
                                .get("/health/ready")
                                .status())
                        .isEqualTo(200);
            }
        }
    }
}
