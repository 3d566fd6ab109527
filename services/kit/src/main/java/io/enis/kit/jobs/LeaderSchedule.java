package io.enis.kit.jobs;

import io.enis.kit.app.DaemonThreads;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service's background work every {@code interval} on the replica that holds a
 * {@link LeaderLease} only, so scheduled work (invoice runs, reports, expiry warnings, the outbox
 * relay) happens once however many replicas are deployed. Ticks never overlap; a tick that throws
 * is logged as a warning and retried at the next one. {@link #close()} stops the schedule, waits up
 * to 30 s for a tick under way and gives the lease up so another replica takes over at once.
 *
 * @param <T> what one tick reports (for logs and tests)
 */
public final class LeaderSchedule<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaderSchedule.class);

    private final String name;
    private final LeaderLease lease;
    private final Duration interval;
    private final Supplier<T> tick;
    private ScheduledExecutorService executor;

    /**
     * @param name     the thread's name and the logs' (e.g. {@code billing-jobs})
     * @param lease    taken (or renewed) before each tick; its ttl must exceed a tick's duration
     * @param interval between the end of one tick and the start of the next
     * @param tick     the work; its result is returned by {@link #runOnce()}
     */
    public LeaderSchedule(String name, LeaderLease lease, Duration interval, Supplier<T> tick) {
        this.name = Objects.requireNonNull(name, "name");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.tick = Objects.requireNonNull(tick, "tick");
    }

    /** A lease ttl for {@code interval}: three intervals, at least one minute. */
    public static Duration leaseTtlFor(Duration interval) {
        Duration three = interval.multipliedBy(3);
        return three.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : three;
    }

    /** Starts ticking every {@code interval}, the first tick after one interval. */
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
        executor.scheduleWithFixedDelay(
                this::tickLogged, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One tick now (the schedule's, or a test's); empty when another replica holds the lease. */
    public synchronized Optional<T> runOnce() {
        if (!lease.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.of(tick.get());
    }

    private void tickLogged() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("{} failed; retried at the next tick: {}", name, e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            executor = null;
        }
        if (running != null) {
            running.shutdown();
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        }
        lease.release();
    }
}
