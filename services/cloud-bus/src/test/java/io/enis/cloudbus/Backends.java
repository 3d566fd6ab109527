package io.enis.cloudbus;

import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.JedisPooled;

/**
 * The event-log backends the cloud-bus tests run on: the service database (embedded H2, and
 * PostgreSQL when available) and Redis Streams when {@code ENIS_TEST_REDIS_URL} is set
 * ({@code test/tools/start-redis.sh}; {@code ENIS_REQUIRE_REDIS=1} makes its absence fail).
 */
enum Backends {
    EMBEDDED,
    POSTGRES,
    REDIS;

    static List<Backends> available() {
        List<Backends> out = new ArrayList<>();
        for (Store s : TestStores.available()) {
            out.add(s == Store.EMBEDDED ? EMBEDDED : POSTGRES);
        }
        if (System.getenv("ENIS_TEST_REDIS_URL") != null) {
            out.add(REDIS);
        } else if ("1".equals(System.getenv("ENIS_REQUIRE_REDIS"))) {
            throw new IllegalStateException(
                    "ENIS_REQUIRE_REDIS=1 but ENIS_TEST_REDIS_URL is not set; run: eval \"$(test/tools/start-redis.sh)\"");
        } else {
            TestStores.notRunOnce("Redis", "ENIS_TEST_REDIS_URL", "test/tools/start-redis.sh");
        }
        return out;
    }

    /** Environment for a service on this backend; Redis is emptied first (tests run one at a time). */
    Map<String, String> env(Path dataDir) {
        var env = new java.util.HashMap<>(TestStores.env(this == POSTGRES ? Store.POSTGRES : Store.EMBEDDED, dataDir));
        if (this == REDIS) {
            String url = System.getenv("ENIS_TEST_REDIS_URL");
            try (JedisPooled redis = new JedisPooled(URI.create(url))) {
                redis.flushAll();
            }
            env.put("REDIS_URL", url);
        }
        return env;
    }
}
