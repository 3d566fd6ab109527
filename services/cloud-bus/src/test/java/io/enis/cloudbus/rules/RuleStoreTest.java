package io.enis.cloudbus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.db.Database;
import io.enis.kit.json.Json;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules are stored in their own form and read back without the request parser, on H2 and PostgreSQL. */
class RuleStoreTest {
    private static final Instant T = Instant.parse("2025-01-21T10:00:00Z");
    @TempDir
    Path dir;

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aRuleReadsBackAsItWasCompiled(Store store) throws Exception {
        try (Database db = Database.open("cloud-bus", TestStores.databaseSettings(store), dir, new SimpleMeterRegistry())) {
            RuleStore rules = new RuleStore(db.jdbi(), false);
            rules.createBus("b", "", T);
            Rule rule = new RuleReader(false, OutboundPolicy.NONE).fromRequest("b", "r", Json.MAPPER.readTree("""
                    {"pattern": {"type": [{"prefix": "order."}]},
                     "targets": [{"id": "hook", "type": "webhook", "url": "http://h/x", "secret": "0123456789abcdef",
                                  "transform": {"inputPaths": {"o": "$.data.order"}, "template": "<o>"},
                                  "retry": {"maxAttempts": 3, "backoff": "90s"}, "concurrency": 4},
                                 {"id": "fwd", "type": "bus", "bus": "b"}]}"""), null, T);
            assertThat(rules.save(rule, true)).isTrue();
            assertThat(rules.save(rule, true)).as("a name clash").isFalse();

            Rule read = rules.rule("b", "r").orElseThrow();
            Target hook = read.targets().get(0);
            assertThat(hook.retry()).isEqualTo(new Target.RetryPolicy(3, Duration.ofHours(24), Duration.ofSeconds(90)));
            assertThat(hook.concurrency()).isEqualTo(4);
            assertThat(hook.secret()).isEqualTo("0123456789abcdef");
            assertThat(hook.transform().apply(Json.MAPPER.readTree("{\"data\": {\"order\": \"A1\"}}"))).isEqualTo("\"A1\"");
            assertThat(read.targets().get(1).address()).isEqualTo("b");
            assertThat(read.targets().get(1).retry()).isEqualTo(Target.RetryPolicy.DEFAULT);
            assertThat(read.pattern().matches(Json.MAPPER.readTree("{\"type\": \"order.created\"}"))).isTrue();
            assertThat(read.createdAt()).isEqualTo(T);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void rulesStoredAsTheirRequestStillRead(Store store) {
        try (Database db = Database.open("cloud-bus", TestStores.databaseSettings(store), dir, new SimpleMeterRegistry())) {
            db.jdbi().useHandle(h -> h.execute("""
                    insert into rules (bus, name, pattern, targets, created_at, updated_at) values ('b', 'old', '{}',
                    '[{"id":"hook","type":"webhook","url":"http://h/x","secret":"0123456789abcdef","retry":{"maxEventAge":"45s"}}]', 0, 0)"""));
            Target hook = new RuleStore(db.jdbi(), false).rule("b", "old").orElseThrow().targets().get(0);
            assertThat(hook.type()).isEqualTo(Target.Type.WEBHOOK);
            assertThat(hook.retry()).isEqualTo(new Target.RetryPolicy(5, Duration.ofSeconds(45), Duration.ofSeconds(1)));
            assertThat(hook.concurrency()).isEqualTo(1);
        }
    }
}
