package io.enis.cloudbus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.config.CommonConfig.DatabaseSettings;
import io.enis.kit.db.Database;
import io.enis.kit.testing.PrivateRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;

/**
 * {@link EventLog#appendFirst}: the dedup record and the append are one step, so an append that fails
 * records no key and the publisher's retry stores the event instead of answering "duplicate". Each
 * store is made to fail for real: SQL on a primary-key clash in {@code bus_events}, Redis on a
 * WRONGTYPE error from XADD.
 */
class AppendFirstTest {
    private static final Duration WINDOW = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    void sqlAFailedAppendConsumesNoKey() throws Exception {
        try (Database db = Database.open("cloud-bus", new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2), dir, new SimpleMeterRegistry())) {
            SqlEventLog log = new SqlEventLog(db.jdbi());
            assertThat(log.appendFirst("b", "k1", "{\"n\":1}", 0, WINDOW)).contains("1");
            assertThat(log.appendFirst("b", "k1", "{\"n\":1}", 0, WINDOW)).as("a replay").isEmpty();

            // the next sequence number is taken behind the log's back: the append of k2 fails
            db.jdbi().useHandle(h -> h.execute("insert into bus_events (bus, seq, body, appended_at) values ('b', 2, '{}', 0)"));
            assertThatThrownBy(() -> log.appendFirst("b", "k2", "{\"n\":2}", 0, WINDOW)).isInstanceOf(RuntimeException.class);

            assertThat(log.appendFirst("b", "k2", "{\"n\":2}", 0, WINDOW)).as("the retry is stored, not a duplicate").contains("3");
        }
    }

    @Test
    void redisAFailedAppendConsumesNoKey() throws Exception {
        try (PrivateRedis server = PrivateRedis.start();
                JedisPooled raw = new JedisPooled(URI.create(server.url()));
                RedisEventLog log = new RedisEventLog(server.url())) {
            assertThat(log.appendFirst("b", "k1", "{\"n\":1}", 0, WINDOW)).isPresent();
            assertThat(log.appendFirst("b", "k1", "{\"n\":1}", 0, WINDOW)).as("a replay").isEmpty();

            String stream = raw.keys("*").stream().filter(k -> !k.startsWith("enis:dedup:")).findFirst().orElseThrow();
            raw.del(stream);
            raw.set(stream, "not a stream");
            assertThatThrownBy(() -> log.appendFirst("b", "k2", "{\"n\":2}", 0, WINDOW)).isInstanceOf(RuntimeException.class);

            raw.del(stream);
            assertThat(log.appendFirst("b", "k2", "{\"n\":2}", 0, WINDOW)).as("the retry is stored, not a duplicate").isPresent();
            assertThat(raw.xlen(stream)).isEqualTo(1);
        }
    }
}
