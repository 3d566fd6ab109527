package io.enis.cloudbus.delivery;

import io.enis.kit.app.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the dispatcher's worker loops: each task again and again with a pause between runs. Production
 * uses {@link #threads}; tests drive the loops themselves, one run at a time.
 */
public interface Scheduler extends AutoCloseable {
    /** Runs {@code task} now and then {@code pause} after each run ends; running the returned action stops it. */
    Runnable repeat(Runnable task, Duration pause);

    /** Stops running tasks, waiting a little for runs in progress. */
    @Override
    void close() throws InterruptedException;

    /** A pool of {@code threads} daemon threads named {@code name-N}. */
    static Scheduler threads(int threads, String name) {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, DaemonThreads.named(name));
        return new Scheduler() {
            @Override
            public Runnable repeat(Runnable task, Duration pause) {
                var future = executor.scheduleWithFixedDelay(task, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public void close() throws InterruptedException {
                executor.shutdown();
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
        };
    }
}
