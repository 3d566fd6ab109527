package io.enis.observability.tsdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.domain.UnavailableException;

import io.enis.kit.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class TimeSeriesStoreTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-21T10:00:00Z"));
    final Labels up = Labels.of(Map.of("__name__", "up", "job", "api"));

    private TimeSeriesStore open() throws Exception {
        var store = new TimeSeriesStore(new WriteAheadLog(dir, true), new Checkpoints(dir.resolve("checkpoints")), clock,
                Duration.ofMinutes(10), Duration.ofDays(1), 3);
        store.open();
        return store;
    }

    private TimeSeriesStore open(FailingDisk disk) throws Exception {
        var store = new TimeSeriesStore(new WriteAheadLog(dir, WriteAheadLog.Sync.ALWAYS, Duration.ZERO, n -> { }, disk),
                new Checkpoints(dir.resolve("checkpoints")), clock, Duration.ofMinutes(10), Duration.ofDays(1), 3);
        store.open();
        return store;
    }

    private List<Double> values(TimeSeriesStore store) {
        var data = store.select("a", List.of(Matcher.of("__name__", Matcher.Op.EQ, "up")), 0, Long.MAX_VALUE);
        List<Double> out = new ArrayList<>();
        for (var series : data) {
            for (int i = 0; i < series.samples().size(); i++) {
                out.add(series.samples().value(i));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "failing {0}")
    @ValueSource(strings = {"writes", "fsyncs"})
    void aBatchTheLogCannotTakeIsRefusedAsUnavailableStoresNothingAndTheStoreRecoversWithTheDisk(String what) throws Exception {
        var disk = new FailingDisk();
        var failing = what.equals("writes") ? disk.failWrites : disk.failSyncs;
        try (var store = open(disk)) {
            assertThat(store.ingest("a", List.of(new Sample(up, t(0), 1))).ok()).isTrue();
            failing.set(true);

            assertThatThrownBy(() -> store.ingest("a", List.of(new Sample(up, t(15), 2))))
                    .isInstanceOfSatisfying(UnavailableException.class, e -> {
                        assertThat(e.dependency()).isEqualTo("metrics write-ahead log");
                        assertThat(e.retryAfter()).isPositive();
                        assertThat(e.getMessage()).contains("nothing of this batch was stored");
                    });
            assertThat(values(store)).as("a refused batch is not queryable").containsExactly(1.0);
            assertThatThrownBy(store::check).as("readiness reports the log").isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("write-ahead log");
            assertThatThrownBy(() -> store.ingest("a", List.of(new Sample(up, t(30), 3))))
                    .as("still failing: still refused").isInstanceOf(UnavailableException.class);

            failing.set(false);
            store.check(); // ready again without a write having to arrive first
            assertThat(store.ingest("a", List.of(new Sample(up, t(45), 4))).ok()).isTrue();
            assertThat(values(store)).containsExactly(1.0, 4.0);
        }
        try (var store = open()) {
            assertThat(values(store)).as("a restart replays what was acknowledged, nothing refused").containsExactly(1.0, 4.0);
        }
    }

    @Test
    void aBatchLoggedButNotYetDurableIsNotQueryableYetCountsInTheChecksAndIsAppliedOnceFsynced() throws Exception {
        var disk = new FailingDisk();
        try (var store = open(disk)) {
            store.ingest("a", List.of(new Sample(Labels.of(Map.of("__name__", "warm")), t(0), 0))); // the segment is preallocated
            disk.holdSyncs();
            var first = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> store.ingest("a", List.of(new Sample(up, t(900), 1))));
            while (disk.syncsWaiting.get() == 0) { // the batch is in the log, its fsync has begun
                Thread.onSpinWait();
            }
            assertThat(values(store)).as("not durable yet: not queryable").isEmpty();
            var late = store.ingest("a", List.of(new Sample(up, t(0), 2)));
            assertThat(late.rejected()).as("out of order against the logged batch").singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("out of order"));
            var others = List.of(new Sample(Labels.of(Map.of("__name__", "m", "i", "1")), t(900), 1),
                    new Sample(Labels.of(Map.of("__name__", "m", "i", "2")), t(900), 1));
            assertThat(store.ingest("a", others).seriesLimitReached()).as("the logged batch's new series count").isTrue();

            disk.releaseSyncs();
            assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS).ok()).isTrue();
            assertThat(values(store)).containsExactly(1.0);
        }
    }

    @Test
    void theSizesForMetricsAreKeptAsSeriesAreWrittenDroppedAndRestoredWithoutAScan() throws Exception {
        Labels errors = Labels.of(Map.of("__name__", "errors_total", "job", "api"));
        try (var store = open()) {
            for (int i = 0; i < 500; i++) { // sealed chunks, late samples replacing values, two tenants
                store.ingest("a", List.of(new Sample(up, t(i * 15), i), new Sample(errors, t(i * 15), i)));
                store.ingest("a", List.of(new Sample(up, t(i * 15), -i)));
            }
            store.ingest("b", List.of(new Sample(up, t(0), 1)));
            assertThat(store.stats()).isEqualTo(store.scan());
            assertThat(store.stats().series()).isEqualTo(3);
            assertThat(store.stats().samples()).isEqualTo(1001);
            store.checkpoint();
            clock.advance(Duration.ofDays(1).plusMinutes(10)); // the first part of "a" and all of "b" expire
            store.enforceRetention();
            assertThat(store.stats()).isEqualTo(store.scan());
            assertThat(store.stats().series()).isEqualTo(2);
        }
        try (var store = open()) {
            assertThat(store.stats()).as("restored from the checkpoint and the log").isEqualTo(store.scan());
        }
    }

    private long t(int seconds) {
        return clock.millis() + seconds * 1000L;
    }

    @Test
    void outOfOrderWithinTheWindowIsAcceptedOlderIsRefusedWithoutPartialWrites() throws Exception {
        try (var store = open()) {
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                samples.add(new Sample(up, t(i * 15), i));
            }
            assertThat(store.ingest("a", samples).ok()).isTrue();
            assertThat(store.ingest("a", List.of(new Sample(up, t(299 * 15 - 60) + 1, -1))).ok()).as("a minute late").isTrue();

            var refused = store.ingest("a", List.of(new Sample(up, t(299 * 15 + 15), 7), new Sample(up, t(0), 5)));
            assertThat(refused.ok()).isFalse();
            assertThat(refused.rejected()).singleElement().satisfies(r -> {
                assertThat(r.index()).isEqualTo(1);
                assertThat(r.reason()).contains("out of order");
            });
            var data = store.select("a", List.of(Matcher.of("__name__", Matcher.Op.EQ, "up")), 0, Long.MAX_VALUE);
            assertThat(data.get(0).samples().size()).as("nothing of the refused batch").isEqualTo(301);
        }
    }

    @Test
    void seriesLimitIsPerTenant() throws Exception {
        try (var store = open()) {
            List<Sample> four = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                four.add(new Sample(Labels.of(Map.of("__name__", "m", "i", "" + i)), t(0), i));
            }
            var result = store.ingest("a", four);
            assertThat(result.seriesLimitReached()).isTrue();
            assertThat(store.seriesCount("a")).isZero();
            assertThat(store.ingest("a", four.subList(0, 3)).ok()).isTrue();
            assertThat(store.ingest("b", four.subList(0, 3)).ok()).as("another tenant has its own limit").isTrue();
        }
    }

    @Test
    void replayRestoresAcknowledgedSamplesAndCutsATornTail() throws Exception {
        try (var store = open()) {
            for (int i = 0; i < 250; i++) {
                store.ingest("a", List.of(new Sample(up, t(i * 15), i * 2.5)));
            }
        }
        Path segment;
        try (var files = Files.list(dir)) {
            segment = files.filter(p -> p.toString().endsWith(".wal")).findFirst().orElseThrow();
        }
        byte[] content = Files.readAllBytes(segment);
        var records = java.nio.ByteBuffer.wrap(content);
        int end = 0;
        while (end + 8 <= content.length && records.getInt(end) > 0) {
            end += 8 + records.getInt(end); // length, crc, payload; the preallocated zeros follow the last record
        }
        assertThat(content.length).as("segments are preallocated").isGreaterThanOrEqualTo(WriteAheadLog.PREALLOCATE_BYTES);
        try (var ch = java.nio.channels.FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 1, 2, 3}), end); // a record cut short by a crash
        }
        try (var store = open()) {
            var data = store.select("a", List.of(Matcher.of("job", Matcher.Op.RE, "a.i")), 0, Long.MAX_VALUE);
            assertThat(data).hasSize(1);
            var samples = data.get(0).samples();
            assertThat(samples.size()).isEqualTo(250);
            assertThat(samples.value(249)).isEqualTo(249 * 2.5);
            assertThat(samples.time(0)).isEqualTo(t(0));
            store.ingest("a", List.of(new Sample(up, t(250 * 15), 1)));
        }
        try (var store = open()) {
            assertThat(store.stats().samples()).as("the torn bytes were cut, later writes kept").isEqualTo(251);
        }
        assertThat(Files.size(segment)).as("cut to its whole records").isEqualTo(end);
    }

    private static List<String> dump(TimeSeriesStore store, String tenant) {
        List<String> out = new ArrayList<>();
        for (var series : store.select(tenant, List.of(Matcher.of("__name__", Matcher.Op.RE, ".+")), Long.MIN_VALUE, Long.MAX_VALUE)) {
            for (int i = 0; i < series.samples().size(); i++) {
                out.add(series.labels() + " " + series.samples().time(i) + " " + series.samples().value(i));
            }
        }
        return out;
    }

    private List<Long> segments() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wal"))
                    .map(n -> Long.parseLong(n.replace(".wal", ""))).sorted().toList();
        }
    }

    @Test
    void aCheckpointPlusTheLogAfterItRestoresEverySampleAndTheCoveredLogIsDeleted() throws Exception {
        Labels errors = Labels.of(Map.of("__name__", "errors_total", "job", "api"));
        List<String> before;
        long firstSegment;
        try (var store = open()) {
            for (int i = 0; i < 400; i++) { // sealed chunks and a head, with a late sample inside the window
                store.ingest("a", List.of(new Sample(up, t(i * 15), i), new Sample(errors, t(i * 15), i * 0.25)));
            }
            store.ingest("a", List.of(new Sample(up, t(399 * 15 - 7), -1)));
            store.ingest("b", List.of(new Sample(up, t(0), 42)));
            var result = store.checkpoint();
            firstSegment = result.firstSegment();
            assertThat(result.written()).isTrue();
            assertThat(result.series()).isEqualTo(3);
            assertThat(store.checkpoint().written()).as("nothing logged since: nothing rewritten").isFalse();
            assertThat(segments()).as("the log the checkpoint covers is gone").allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(firstSegment));
            for (int i = 400; i < 450; i++) {
                store.ingest("a", List.of(new Sample(up, t(i * 15), i)));
            }
            store.ingest("a", List.of(new Sample(errors, t(399 * 15 - 3), 7))); // late, into the restored head
            before = dump(store, "a");
        }
        Files.write(dir.resolve("000000000000.wal"), new byte[] {0, 0, 0, 5}); // left over from a crash before deletion
        try (var store = open()) {
            assertThat(dump(store, "a")).isEqualTo(before).hasSize(400 + 1 + 400 + 50 + 1);
            assertThat(dump(store, "b")).containsExactly(up + " " + t(0) + " 42.0");
            assertThat(store.ingest("a", List.of(new Sample(up, t(450 * 15), 1))).ok()).isTrue();
        }
        assertThat(segments()).doesNotContain(0L);
    }

    @Test
    void aDamagedCheckpointStopsTheStartNamingTheFile() throws Exception {
        try (var store = open()) {
            for (int i = 0; i < 300; i++) {
                store.ingest("a", List.of(new Sample(up, t(i * 15), i)));
            }
            store.checkpoint();
        }
        Path checkpoint;
        try (var files = Files.list(dir.resolve("checkpoints"))) {
            checkpoint = files.filter(p -> p.toString().endsWith(".snap")).findFirst().orElseThrow();
        }
        byte[] content = Files.readAllBytes(checkpoint);
        content[content.length / 2] ^= 0x5a;
        Files.write(checkpoint, content);
        Files.write(dir.resolve("checkpoints").resolve("checkpoint-000000000099.snap.tmp"), new byte[] {1, 2, 3});
        var store = new TimeSeriesStore(new WriteAheadLog(dir, true), new Checkpoints(dir.resolve("checkpoints")), clock,
                Duration.ofMinutes(10), Duration.ofDays(1), 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(store::open)
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining(checkpoint.getFileName().toString())
                .hasMessageContaining("is damaged").hasMessageContaining("move it away");
        assertThat(dir.resolve("checkpoints").resolve("checkpoint-000000000099.snap.tmp")).as("a half-written one is removed").doesNotExist();
    }

    @Test
    void intervalSyncAcknowledgesWithoutWaitingForAnFsyncAndFsyncsOnItsTimer() throws Exception {
        var fsyncs = new java.util.concurrent.atomic.AtomicInteger();
        var hourly = new TimeSeriesStore(new WriteAheadLog(dir, WriteAheadLog.Sync.INTERVAL, Duration.ofHours(1), n -> fsyncs.incrementAndGet()),
                new Checkpoints(dir.resolve("checkpoints")), clock, Duration.ofMinutes(10), Duration.ofDays(1), 3);
        hourly.open();
        assertThat(hourly.ingest("a", List.of(new Sample(up, t(0), 1))).ok()).isTrue();
        assertThat(fsyncs.get()).as("acknowledged before any fsync").isZero();
        hourly.close();
        try (var store = open()) {
            assertThat(store.stats().samples()).as("written to the OS, kept across a restart").isEqualTo(1);
        }
        try (var often = new TimeSeriesStore(new WriteAheadLog(dir, WriteAheadLog.Sync.INTERVAL, Duration.ofMillis(10),
                n -> fsyncs.incrementAndGet()), new Checkpoints(dir.resolve("checkpoints")), clock, Duration.ofMinutes(10), Duration.ofDays(1), 3)) {
            often.open();
            often.ingest("a", List.of(new Sample(up, t(15), 2)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (fsyncs.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(fsyncs.get()).as("the timer fsynced what was written").isPositive();
        }
    }

    @Test
    void retentionDropsOldSamplesAndEmptySeries() throws Exception {
        try (var store = open()) {
            store.ingest("a", List.of(new Sample(up, t(0), 1)));
            clock.advance(Duration.ofDays(2));
            store.enforceRetention();
            assertThat(store.stats().series()).isZero();
            var old = store.ingest("a", List.of(new Sample(up, t(-3 * 86400), 1)));
            assertThat(old.rejected().get(0).reason()).contains("retention");
            store.ingest("a", List.of(new Sample(up, t(0), 2)));
            store.checkpoint();
        }
        clock.advance(Duration.ofDays(2));
        try (var store = open()) {
            assertThat(store.stats().series()).as("what expired while stopped is not served").isZero();
        }
    }
}
