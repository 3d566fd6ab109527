package io.enis.billing.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Group commit: concurrent callers' writes done together, in one transaction, by whichever caller
 * gets to write first (no thread of its own). A caller queues its input and takes the write lock; if
 * another caller wrote it meanwhile, its outcome is there; else it writes the queued inputs — its own
 * and those that arrived while the previous group was being written, up to {@code maxWeight} in all
 * (at least one) — with {@code together}. While one group commits the next one gathers, so under load
 * a transaction carries many requests and the database sees far fewer statements and commits.
 *
 * <p>{@code together} returns one outcome per input: a value, or the failure that input alone
 * deserves (a refusal: nothing of it is written, the others are). When {@code together} throws
 * (a database error, possibly caused by one input), nothing of the group is written and every input
 * is written again on its own with {@code alone}, so no input fails because of another. A group of
 * one goes straight to {@code alone}.
 *
 * @param <I> what one caller writes
 * @param <O> what it gets back
 */
final class GroupCommit<I, O> {
    /** One input's result: its value, or the exception its caller gets. */
    record Outcome<O>(O value, RuntimeException failure) {
        static <O> Outcome<O> of(O value) {
            return new Outcome<>(value, null);
        }

        static <O> Outcome<O> failed(RuntimeException failure) {
            return new Outcome<>(null, Objects.requireNonNull(failure, "failure"));
        }

        O get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    private final class Pending {
        final I input;
        /** Written under {@link #lock} by the caller that wrote this input. */
        Outcome<O> outcome;

        Pending(I input) {
            this.input = input;
        }
    }

    private final int maxWeight;
    private final ToIntFunction<I> weight;
    private final Function<List<I>, List<Outcome<O>>> together;
    private final Function<I, O> alone;
    private final ReentrantLock lock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

    /**
     * @param maxWeight most weight (for example events) one group carries; an input heavier than that
     *                  is written in a group of its own
     * @param together  writes a group in one transaction: one outcome per input, in order
     * @param alone     writes one input in its own transaction (throws its failure)
     */
    GroupCommit(
            int maxWeight,
            ToIntFunction<I> weight,
            Function<List<I>, List<Outcome<O>>> together,
            Function<I, O> alone) {
        this.maxWeight = maxWeight;
        this.weight = weight;
        this.together = together;
        this.alone = alone;
    }

    /**
     * Writes {@code input}, alone or with others', and returns its value.
     *
     * @throws RuntimeException the failure of this input (from {@code together}'s outcome or {@code alone})
     */
    O submit(I input) {
        Pending mine = new Pending(input);
        queue.add(mine);
        lock.lock();
        try {
            while (mine.outcome == null) {
                writeGroup();
            }
        } finally {
            lock.unlock();
        }
        return mine.outcome.get();
    }

    /** Takes the queue's head group and writes it; called with the lock held. */
    private void writeGroup() {
        List<Pending> group = new ArrayList<>();
        int total = 0;
        for (Pending p = queue.peek(); p != null; p = queue.peek()) {
            int w = weight.applyAsInt(p.input);
            if (!group.isEmpty() && total + w > maxWeight) {
                break;
            }
            group.add(queue.poll());
            total += w;
        }
        try {
            List<Outcome<O>> outcomes = group.size() > 1 ? tryTogether(group) : null;
            for (int i = 0; i < group.size(); i++) {
                group.get(i).outcome = outcomes != null ? outcomes.get(i) : writeAlone(group.get(i).input);
            }
        } finally {
            for (Pending p : group) {
                if (p.outcome == null) { // an Error escaped: its callers must not wait for ever
                    p.outcome = Outcome.failed(new IllegalStateException("the group commit failed"));
                }
            }
        }
    }

    private List<Outcome<O>> tryTogether(List<Pending> group) {
        try {
            return together.apply(group.stream().map(p -> p.input).toList());
        } catch (RuntimeException groupFailed) {
            return null;
        }
    }

    private Outcome<O> writeAlone(I input) {
        try {
            return Outcome.of(alone.apply(input));
        } catch (RuntimeException failed) {
            return Outcome.failed(failed);
        }
    }
}
