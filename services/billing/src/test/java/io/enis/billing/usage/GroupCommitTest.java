package io.enis.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link GroupCommit} with plain functions standing in for the transactions (the usage tests run it on the databases). */
class GroupCommitTest {
    /** Groups seen by {@code together}, and inputs written alone. */
    final List<List<Integer>> groups = new CopyOnWriteArrayList<>();

    final List<Integer> alone = new CopyOnWriteArrayList<>();

    @Test
    void concurrentCallersAreWrittenTogetherAndEachGetsItsOwnOutcome() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(
                "test-writer",
                100,
                i -> 1,
                inputs -> {
                    groups.add(inputs);
                    return inputs.stream()
                            .map(i -> i % 7 == 0
                                    ? GroupCommit.Outcome.<String>failed(new IllegalArgumentException("refused " + i))
                                    : GroupCommit.Outcome.of("ok " + i))
                            .toList();
                },
                i -> {
                    alone.add(i);
                    if (i == 0) { // the first caller holds the lock until the others are queued
                        firstInside.countDown();
                        await(othersQueued);
                    }
                    return "alone " + i;
                });
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> results = new ArrayList<>();
        results.add(pool.submit(() -> commit.submit(0)));
        firstInside.await(10, TimeUnit.SECONDS);
        for (int i = 1; i < 20; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                try {
                    return commit.submit(n);
                } catch (IllegalArgumentException refused) {
                    return refused.getMessage();
                }
            }));
        }
        for (long end = System.nanoTime() + 10_000_000_000L; commit.queued() < 19 && System.nanoTime() < end; ) {
            Thread.sleep(10); // until the 19 wait behind the writer, busy with the first
        }
        othersQueued.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> f : results) {
            answers.add(f.get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(answers.get(0)).isEqualTo("alone 0");
        for (int i = 1; i < 20; i++) {
            assertThat(answers.get(i)).isIn(i % 7 == 0 ? "refused " + i : "ok " + i, "alone " + i);
        }
        assertThat(groups)
                .as("the 19 waited behind the first: at least one group of several")
                .anyMatch(g -> g.size() > 1);
        assertThat(groups.stream().mapToInt(List::size).sum() + alone.size()).isEqualTo(20);
    }

    @Test
    void aGroupThatFailsIsWrittenAgainOneByOneAndOnlyTheBadInputFails() {
        GroupCommit<Integer, String> commit = new GroupCommit<>(
                "test-writer",
                100,
                i -> 1,
                inputs -> {
                    throw new IllegalStateException("database error");
                },
                i -> {
                    if (i == 2) {
                        throw new IllegalStateException("bad input " + i);
                    }
                    return "alone " + i;
                });
        assertThat(commit.submit(1)).isEqualTo("alone 1");
        assertThatThrownBy(() -> commit.submit(2)).hasMessage("bad input 2");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
