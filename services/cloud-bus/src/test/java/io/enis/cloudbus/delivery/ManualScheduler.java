package io.enis.cloudbus.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Scheduler} that runs nothing by itself: {@link #runAll} runs every live task once, on the caller's thread. */
final class ManualScheduler implements Scheduler {
    private final List<Runnable> tasks = new CopyOnWriteArrayList<>();

    @Override
    public Runnable repeat(Runnable task, Duration pause) {
        tasks.add(task);
        return () -> tasks.remove(task);
    }

    /** One run of every task that has not been stopped. */
    void runAll() {
        tasks.forEach(Runnable::run);
    }

    int live() {
        return tasks.size();
    }

    @Override
    public void close() {
        tasks.clear();
    }
}
