package io.enis.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A port taken between its choice and the server's bind costs a retry, not a failed start: each private
 * server is first offered a port another socket already listens on.
 */
class PortRetryTest {
    private static ServerSocket listening() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @Test
    void redisOnATakenPortStartsOnTheNextOne() throws Exception {
        try (ServerSocket taken = listening()) {
            try (PrivateRedis redis = PrivateRedis.start(PortRetry.takenFirst(taken.getLocalPort()))) {
                assertThat(redis.port()).isNotEqualTo(taken.getLocalPort());
                redis.stop();
                redis.startAgain();
                assertThat(redis.url()).isEqualTo("redis://127.0.0.1:" + redis.port());
            }
        }
    }

    @Test
    void postgresOnATakenPortStartsOnTheNextOne() throws Exception {
        try (ServerSocket taken = listening()) {
            try (PrivatePostgres pg = PrivatePostgres.start(PortRetry.takenFirst(taken.getLocalPort()))) {
                assertThat(pg.port()).isNotEqualTo(taken.getLocalPort());
                String url = "jdbc:" + pg.env().get("DATABASE_URL");
                try (var c = DriverManager.getConnection(url, "postgres", "");
                        var rs = c.createStatement().executeQuery("select 1")) {
                    assertThat(rs.next()).isTrue();
                }
            }
        }
    }

    @Test
    void takenFirstOffersTheTakenPortOnceThenFreeOnes() {
        var ports = PortRetry.takenFirst(1);
        assertThat(ports.getAsInt()).isEqualTo(1);
        assertThat(ports.getAsInt()).isNotEqualTo(1).isPositive();
    }

    @Test
    void anAddressInUseIsTriedThreeTimesAtMost() {
        List<Integer> tried = new ArrayList<>();
        assertThatThrownBy(() -> PortRetry.start(() -> 7000 + tried.size(), port -> {
                    tried.add(port);
                    throw new IllegalStateException("bind: address already in use");
                }))
                .hasMessageContaining("address already in use");
        assertThat(tried).containsExactly(7000, 7001, 7002);
    }

    @Test
    void anotherFailureIsNotRetried() {
        List<Integer> tried = new ArrayList<>();
        assertThatThrownBy(() -> PortRetry.start(() -> 7000, port -> {
                    tried.add(port);
                    throw new IllegalStateException("initdb: disk full");
                }))
                .hasMessage("initdb: disk full");
        assertThat(tried).hasSize(1);
    }

    @Test
    void anAddressInUseIsRecognizedInTheCauses() {
        assertThat(PortRetry.addressInUse(new RuntimeException("start failed", new BindException("x"))))
                .isTrue();
        assertThat(PortRetry.addressInUse(new IllegalStateException(
                        "FATAL: could not bind IPv4 address " + "\"127.0.0.1\": Address already in use")))
                .isTrue();
        assertThat(PortRetry.addressInUse(new IllegalStateException("Connection refused")))
                .isFalse();
    }
}
