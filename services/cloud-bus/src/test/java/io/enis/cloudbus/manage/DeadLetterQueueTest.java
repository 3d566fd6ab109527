package io.enis.cloudbus.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.cloudbus.delivery.DeadLetters;
import io.enis.cloudbus.delivery.Deliverer;
import io.enis.cloudbus.rules.RuleReader;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.kit.db.Database;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.json.Json;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replaying and purging a queue longer than one page, by id, on H2 and PostgreSQL. */
class DeadLetterQueueTest {
    private static final Instant T = Instant.parse("2025-01-21T10:00:00Z");
    @TempDir
    Path dir;

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aLetterPastTheFirstThousandIsReplayedAndPurgedById(Store store) throws Exception {
        try (Database db = Database.open("cloud-bus", TestStores.databaseSettings(store), dir, new SimpleMeterRegistry())) {
            RuleStore rules = new RuleStore(db.jdbi(), false);
            rules.createBus("b", "", T);
            rules.save(new RuleReader(false, OutboundPolicy.NONE).fromRequest("b", "r", Json.MAPPER.readTree(
                    "{\"pattern\": {}, \"targets\": [{\"id\": \"t\", \"type\": \"bus\", \"bus\": \"b\"}]}"), null, T), true);
            DeadLetters letters = new DeadLetters(db.jdbi());
            for (int i = 0; i <= DeadLetterQueue.BATCH + 1; i++) {
                letters.add("b", "r", "t", "1-" + i, "{\"id\": \"e-" + i + "\"}", "refused", 5, i, i);
            }
            List<String> sent = new ArrayList<>();
            boolean[] targetUp = {false};
            DeadLetterQueue queue = new DeadLetterQueue(letters, rules, (target, event) -> {
                if (!targetUp[0]) {
                    throw new Deliverer.DeliveryException("still down", true);
                }
                sent.add(event);
            }, new MutableClock(T));
            var page = queue.list("b", "r", "t", 1000);
            assertThat(page.total()).isEqualTo(1002);
            List<DeadLetters.DeadLetter> all = letters.list("b", "r", "t", 2000);
            String last = all.get(1001).id();
            String beforeLast = all.get(1000).id();
            assertThat(page.letters()).extracting(DeadLetters.DeadLetter::id).doesNotContain(last, beforeLast);

            var failed = queue.replay("b", "r", "t", last);
            assertThat(failed.targetTookNone()).isTrue();
            assertThat(letters.byId("b", "r", "t", last).orElseThrow().attempts()).as("stays, with one more attempt").isEqualTo(6);

            targetUp[0] = true;
            var replayed = queue.replay("b", "r", "t", last);
            assertThat(replayed.replayed()).isEqualTo(1);
            assertThat(sent).containsExactly("{\"id\": \"e-1001\"}");
            assertThat(letters.byId("b", "r", "t", last)).isEmpty();
            assertThat(queue.purge("b", "r", "t", beforeLast)).isEqualTo(1);
            assertThat(queue.list("b", "r", "t", 1).total()).isEqualTo(1000);

            assertThatThrownBy(() -> queue.replay("b", "r", "t", last)).isInstanceOf(NotFoundException.class).hasMessage("no dead letter " + last);
            assertThatThrownBy(() -> queue.purge("b", "r", "t", last)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> queue.list("b", "r", "nope", 1)).isInstanceOf(NotFoundException.class)
                    .hasMessage("rule 'r' has no target 'nope'");
            assertThat(queue.replay("b", "r", "t", null).replayed()).as("the whole queue, one batch").isEqualTo(1000);
        }
    }
}
