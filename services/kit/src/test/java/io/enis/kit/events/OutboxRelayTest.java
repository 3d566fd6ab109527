package io.enis.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.db.Database;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The kit's outbox and relay on both stores, against a real HTTP receiver standing in for the cloud-bus's door. */
class OutboxRelayTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

    static List<Store> stores() {
        return TestStores.available();
    }

    private Database open(Store store) {
        return Database.open("kit-test", TestStores.databaseSettings(store), dir, new SimpleMeterRegistry());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void eventsCommitWithTheirTransactionAndArePublishedInOrderAtLeastOnce(Store store) throws Exception {
        try (Database db = open(store);
                HttpReceiver bus = new HttpReceiver().failFirst(1, 503)) {
            EventOutbox outbox = EventOutbox.of(clock, "scorecard");
            db.jdbi().useTransaction(h -> {
                outbox.append(h, "kpi.off_track", "kpi_1", Map.of("kpi", "kpi_1", "status", "off_track"));
                outbox.append(h, "report.ready", "rep_1", Map.of("report", "rep_1"));
            });
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
                        outbox.append(h, "kpi.on_track", "kpi_1", Map.of());
                        throw new IllegalStateException("the change fails after its event was appended");
                    }))
                    .isInstanceOf(IllegalStateException.class);

            OutboxRelay relay = OutboxRelay.to(
                    new CloudBusTarget(URI.create(bus.url("/v1/events")), "publish-key"),
                    db.jdbi(),
                    clock,
                    "scorecard");
            assertThat(relay.backlog())
                    .as("the rolled-back event was never recorded")
                    .isEqualTo(2);
            assertThat(relay.publishDue(10))
                    .as("the first send fails: the batch stops")
                    .isZero();
            assertThat(relay.publishDue(10)).as("not due before its backoff").isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(relay.publishDue(10)).isEqualTo(2);
            assertThat(relay.backlog()).isZero();

            List<HttpReceiver.Request> sent = bus.accepted();
            assertThat(sent).hasSize(2);
            JsonNode first = Json.parse(sent.get(0).bytes());
            assertThat(first.get("type").asText()).isEqualTo("cloud.enis.scorecard.kpi.off_track");
            assertThat(first.get("source").asText()).isEqualTo("/scorecard");
            assertThat(first.get("subject").asText()).isEqualTo("kpi_1");
            assertThat(first.get("data").get("status").asText()).isEqualTo("off_track");
            assertThat(sent.get(0).header("Authorization")).isEqualTo("Bearer publish-key");
            assertThat(sent.get(0).header("Content-Type")).isEqualTo("application/cloudevents+json");
            assertThat(sent.get(0).header("Idempotency-Key"))
                    .isEqualTo(first.get("id").asText());
            assertThat(sent.get(0).header("User-Agent")).isEqualTo("enis-scorecard");
            assertThat(Json.parse(sent.get(1).bytes()).get("type").asText())
                    .isEqualTo("cloud.enis.scorecard.report.ready");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aDisabledOutboxRecordsNothing(Store store) {
        try (Database db = open(store)) {
            db.jdbi().useTransaction(h -> EventOutbox.disabled().append(h, "x", "y", Map.of()));
            int rows = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from kit_outbox")
                            .mapTo(Integer.class)
                            .one());
            assertThat(rows).isZero();
        }
    }
}
