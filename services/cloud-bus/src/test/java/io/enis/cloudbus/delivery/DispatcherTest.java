package io.enis.cloudbus.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.Rule;
import io.enis.cloudbus.rules.RuleReader;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.cloudbus.rules.Target;
import io.enis.cloudbus.store.SqlEventLog;
import io.enis.kit.db.Database;
import io.enis.kit.json.Json;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatcher on its own: a log on the embedded database, a recording deliverer, a clock the test
 * moves and worker loops the test runs one at a time (no threads, no jitter, no sleeping).
 */
class DispatcherTest {
    private static final Instant T0 = Instant.parse("2025-01-21T10:00:00Z");
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private final ManualScheduler loops = new ManualScheduler();
    private final RecordingDeliverer deliverer = new RecordingDeliverer();
    private Database db;
    private SqlEventLog log;
    private RuleStore rules;
    private DeadLetters deadLetters;
    private Dispatcher dispatcher;

    /** Records each delivery; fails while {@link #failWith} is set. */
    static final class RecordingDeliverer implements Deliverer {
        final List<String> bodies = new ArrayList<>();
        final List<Integer> attempts = new ArrayList<>();
        Deliverer.DeliveryException failWith;

        @Override
        public void deliver(Target target, CloudEvent event, String body, int attempt) throws DeliveryException {
            bodies.add(body);
            attempts.add(attempt);
            if (failWith != null) {
                throw failWith;
            }
        }
    }

    @BeforeEach
    void start() {
        db = Database.open("cloud-bus", TestStores.databaseSettings(TestStores.Store.EMBEDDED), dir, new SimpleMeterRegistry());
        log = new SqlEventLog(db.jdbi());
        rules = new RuleStore(db.jdbi(), false);
        rules.createBus("b", "", T0);
        deadLetters = new DeadLetters(db.jdbi());
        dispatcher = new Dispatcher(log, rules, deadLetters, Map.of(Target.Type.BUS, deliverer), clock, new SimpleMeterRegistry(),
                new Dispatcher.Settings("me", 100, Duration.ofMinutes(1), Duration.ofMillis(10), 1), loops, () -> 0);
    }

    @AfterEach
    void stop() throws Exception {
        dispatcher.close();
        db.close();
    }

    private Rule rule(String name, String pattern, String targetExtra) throws Exception {
        Rule rule = new RuleReader(false, OutboundPolicy.NONE).fromRequest("b", name, Json.MAPPER.readTree("""
                {"pattern": %s, "targets": [{"id": "t", "type": "bus", "bus": "elsewhere"%s}]}""".formatted(pattern, targetExtra)),
                null, clock.instant());
        rules.save(rule, true);
        dispatcher.reload();
        return rule;
    }

    private void publish(String id, String type) {
        log.append("b", "{\"specversion\": \"1.0\", \"id\": \"" + id + "\", \"source\": \"/s\", \"type\": \"" + type + "\"}", clock.millis());
    }

    private List<String> deliveredIds() {
        return deliverer.bodies.stream().map(b -> CloudEvent.fromJson(b).id()).toList();
    }

    @Test
    void onlyMatchingEventsAreDeliveredAndEveryEntryIsAcknowledged() throws Exception {
        Rule rule = rule("orders", "{\"type\": [{\"prefix\": \"order.\"}]}", "");
        publish("1", "order.created");
        publish("2", "user.created");
        publish("3", "order.paid");
        loops.runAll();
        assertThat(deliveredIds()).containsExactly("1", "3");
        assertThat(dispatcher.pending("b", rule, rule.targets().get(0))).as("the skipped one acknowledged too").isZero();
        assertThat(dispatcher.status("b", rule, rule.targets().get(0)).delivered()).isEqualTo(2);
    }

    @Test
    void aFailedDeliveryIsRetriedOnTheBackoffScheduleThenDeadLettered() throws Exception {
        Rule rule = rule("flaky", "{}", ", \"retry\": {\"maxAttempts\": 3, \"backoff\": \"10s\"}");
        Target target = rule.targets().get(0);
        deliverer.failWith = new Deliverer.DeliveryException("HTTP 503", true);
        publish("r-1", "t");
        loops.runAll();
        assertThat(deliverer.attempts).containsExactly(1);
        assertThat(dispatcher.pending("b", rule, target)).as("a failed entry stays pending").isEqualTo(1);

        clock.advance(Duration.ofMillis(9_999));
        loops.runAll();
        assertThat(deliverer.attempts).as("not before the first backoff, 10s").containsExactly(1);
        clock.advance(Duration.ofMillis(1));
        loops.runAll();
        assertThat(deliverer.attempts).containsExactly(1, 2);

        clock.advance(Duration.ofMillis(19_999));
        loops.runAll();
        assertThat(deliverer.attempts).as("the backoff doubles: 20s").containsExactly(1, 2);
        clock.advance(Duration.ofMillis(1));
        loops.runAll();
        assertThat(deliverer.attempts).containsExactly(1, 2, 3);

        var letters = deadLetters.list("b", "flaky", "t", 10);
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).attempts()).isEqualTo(3);
        assertThat(letters.get(0).lastError()).isEqualTo("HTTP 503 (after 3 attempts)");
        assertThat(dispatcher.pending("b", rule, target)).as("acknowledged once dead-lettered").isZero();
        clock.advance(Duration.ofHours(1));
        loops.runAll();
        assertThat(deliverer.attempts).as("nothing after the last attempt").hasSize(3);
        assertThat(dispatcher.status("b", rule, target).retried()).isEqualTo(2);
        assertThat(dispatcher.status("b", rule, target).deadLettered()).isEqualTo(1);
    }

    @Test
    void aRefusalThatIsNotRetryableIsDeadLetteredAtOnce() throws Exception {
        rule("strict", "{}", "");
        deliverer.failWith = new Deliverer.DeliveryException("HTTP 400", false);
        publish("x-1", "t");
        publish("x-2", "t");
        loops.runAll();
        assertThat(deliverer.attempts).containsExactly(1, 1);
        assertThat(deadLetters.list("b", "strict", "t", 10)).extracting(DeadLetters.DeadLetter::lastError)
                .containsExactly("HTTP 400 (not retryable)", "HTTP 400 (not retryable)");
    }

    @Test
    void anEventTooOldForTheNextAttemptIsDeadLettered() throws Exception {
        rule("aging", "{}", ", \"retry\": {\"maxAttempts\": 50, \"maxEventAge\": \"45s\", \"backoff\": \"20s\"}");
        deliverer.failWith = new Deliverer.DeliveryException("HTTP 500", true);
        publish("a-1", "t");
        loops.runAll();
        clock.advance(Duration.ofSeconds(20));
        loops.runAll();
        assertThat(deliverer.attempts).containsExactly(1, 2);
        assertThat(deadLetters.list("b", "aging", "t", 10).get(0).lastError()).contains("event older than PT45S at the next attempt");
    }

    @Test
    void redeliverySendsTheTransformedBodyOnceAndReportsAFailure() throws Exception {
        Rule rule = rule("shaped", "{}", ", \"transform\": {\"inputPaths\": {\"id\": \"$.id\"}, \"template\": \"{\\\"was\\\": <id>}\"}");
        dispatcher.redeliver(rule.targets().get(0), "{\"specversion\": \"1.0\", \"id\": \"d-1\", \"source\": \"/s\", \"type\": \"t\"}");
        assertThat(deliverer.bodies).containsExactly("{\"was\": \"d-1\"}");
        assertThat(deliverer.attempts).containsExactly(1);
        deliverer.failWith = new Deliverer.DeliveryException("down", true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatcher.redeliver(rule.targets().get(0), "{\"id\": \"d-2\"}"))
                .isInstanceOf(Deliverer.DeliveryException.class).hasMessage("down");
    }

    @Test
    void aDeletedRuleLosesItsWorkerAndGroup() throws Exception {
        Rule rule = rule("gone", "{}", "");
        assertThat(loops.live()).isEqualTo(1);
        rules.delete("b", "gone");
        dispatcher.reload();
        assertThat(loops.live()).isZero();
        publish("late", "t");
        loops.runAll();
        assertThat(deliverer.bodies).isEmpty();
        assertThat(dispatcher.pending("b", rule, rule.targets().get(0))).isZero();
    }
}
