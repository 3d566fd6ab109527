package io.enis.kit.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.db.Database;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeaderLeaseTest {
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
    void oneOfTwoContendersHoldsTheLeaseUntilItIsReleasedOrExpires(Store store) {
        try (Database db = open(store)) {
            LeaderLease a = new LeaderLease(db.jdbi(), clock, "invoice-run", "pod-a", Duration.ofMinutes(5));
            LeaderLease b = new LeaderLease(db.jdbi(), clock, "invoice-run", "pod-b", Duration.ofMinutes(5));
            assertThat(a.tryAcquire()).isTrue();
            assertThat(b.tryAcquire()).isFalse();
            assertThat(a.tryAcquire()).as("renewal").isTrue();
            clock.advance(Duration.ofMinutes(4));
            assertThat(b.tryAcquire()).isFalse();
            a.release();
            assertThat(b.tryAcquire()).isTrue();
            assertThat(a.tryAcquire()).isFalse();
            clock.advance(Duration.ofMinutes(5)); // b died without releasing
            assertThat(a.tryAcquire()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void racingContendersGetTheLeaseOnce(Store store) throws Exception {
        try (Database db = open(store)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> wins = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                LeaderLease lease = new LeaderLease(db.jdbi(), clock, "race", "pod-" + i, Duration.ofMinutes(5));
                wins.add(pool.submit(() -> {
                    start.await();
                    return lease.tryAcquire();
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : wins) {
                won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(won).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aScheduleTicksOnTheLeaseHolderOnlyAndHandsOverWhenClosed(Store store) throws Exception {
        try (Database db = open(store)) {
            AtomicInteger ticksA = new AtomicInteger();
            AtomicInteger ticksB = new AtomicInteger();
            var a = new LeaderSchedule<>(
                    "jobs-a",
                    new LeaderLease(db.jdbi(), clock, "jobs", "pod-a", Duration.ofMinutes(5)),
                    Duration.ofHours(1),
                    ticksA::incrementAndGet);
            var b = new LeaderSchedule<>(
                    "jobs-b",
                    new LeaderLease(db.jdbi(), clock, "jobs", "pod-b", Duration.ofMinutes(5)),
                    Duration.ofHours(1),
                    ticksB::incrementAndGet);
            assertThat(a.runOnce()).contains(1);
            assertThat(b.runOnce()).as("b does not hold the lease").isEqualTo(Optional.empty());
            assertThat(a.runOnce()).contains(2);
            a.close(); // gives the lease up
            assertThat(b.runOnce()).contains(1);
            assertThat(ticksA).hasValue(2);
        }
    }

    @org.junit.jupiter.api.Test
    void theLeaseOutlivesThreeIntervalsAndAtLeastAMinute() {
        assertThat(LeaderSchedule.leaseTtlFor(Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(1));
        assertThat(LeaderSchedule.leaseTtlFor(Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(6));
    }
}
