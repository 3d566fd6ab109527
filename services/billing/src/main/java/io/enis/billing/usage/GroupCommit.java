package io.enis.billing.usage;

import io.enis.kit.app.DaemonThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Group commit: concurrent callers' writes done together, in one transaction, by one writer thread.
 * A caller queues its input and waits for its outcome; the writer takes what is queued — up to
 * {@code maxWeight} in all (at least one input) — writes it with {@code together} and answers each
 * caller, then takes the next group, which gathered meanwhile. Under load a transaction carries many
 * requests and the database sees far fewer statements and commits; a lone request waits for nothing
 * but its own transaction. (A first version let callers take turns as the writer under a lock; each
 * answered caller then had to take the lock once more to leave, and on a loaded machine that convoy
 * cost more than the statements saved.)
 *
 * <p>{@code together} returns one outcome per input: a value, or the failure that input alone
 * deserves (a refusal: nothing of it is written, the others are). When {@code together} throws
 * (a database error, possibly caused by one input), nothing of the group is written and every input
 * is written again on its own with {@code alone}, so no input fails because of another. A group of
 * one goes straight to {@code alone}. After {@link #close()}, callers write alone in their own thread.
 *
 * @param <I> what one caller writes
 * @param <O> what it gets back
 */
final class GroupCommit<I, O> implements AutoCloseable {
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
        final CompletableFuture<Outcome<O>> outcome = new CompletableFuture<>();

        Pending(I input) {
            this.input = input;
        }
    }

    private final int maxWeight;
    private final ToIntFunction<I> weight;
    private final Function<List<I>, List<Outcome<O>>> together;
    private final Function<I, O> alone;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final String name;
    private Thread writer;
    private volatile boolean closed;

    /**
     * @param name      the writer thread's name
     * @param maxWeight most weight (for example events) one group carries; an input heavier than that
     *                  is written in a group of its own
     * @param together  writes a group in one transaction: one outcome per input, in order
     * @param alone     writes one input in its own transaction (throws its failure)
     */
    GroupCommit(
            String name,
            int maxWeight,
            ToIntFunction<I> weight,
            Function<List<I>, List<Outcome<O>>> together,
            Function<I, O> alone) {
        this.name = name;
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
        if (closed) {
            return alone.apply(input);
        }
        Pending mine = new Pending(input);
        queue.add(mine);
        startWriter();
        if (closed && queue.remove(mine)) { // closed meanwhile: the writer may be gone
            return alone.apply(input);
        }
        return mine.outcome.join().get();
    }

    /** Inputs waiting for the writer (tests). */
    int queued() {
        return queue.size();
    }

    private synchronized void startWriter() {
        if (writer == null && !closed) {
            writer = DaemonThreads.named(name).newThread(this::run);
            writer.start();
        }
    }

    private void run() {
        while (!closed) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    writeGroup(first);
                }
            } catch (InterruptedException stop) {
                break;
            }
        }
        for (Pending p; (p = queue.poll()) != null; ) {
            writeGroup(p);
        }
    }

    /** Stops the writer after the groups queued; later callers write alone. */
    @Override
    public void close() throws InterruptedException {
        Thread t;
        synchronized (this) {
            closed = true;
            t = writer;
        }
        if (t != null) {
            t.interrupt();
            t.join(10_000);
        }
    }

    /** Writes {@code first} with what else is queued, within the weight. */
    private void writeGroup(Pending first) {
        List<Pending> group = new ArrayList<>(List.of(first));
        int total = weight.applyAsInt(first.input);
        for (Pending p = queue.peek(); p != null; p = queue.peek()) {
            int w = weight.applyAsInt(p.input);
            if (total + w > maxWeight) {
                break;
            }
            group.add(queue.poll());
            total += w;
        }
        try {
            List<Outcome<O>> outcomes = group.size() > 1 ? tryTogether(group) : null;
            for (int i = 0; i < group.size(); i++) {
                group.get(i).outcome.complete(outcomes != null ? outcomes.get(i) : writeAlone(group.get(i).input));
            }
        } finally {
            for (Pending p : group) { // an Error escaped: its callers must not wait for ever
                p.outcome.complete(Outcome.failed(new IllegalStateException("the group commit failed")));
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
