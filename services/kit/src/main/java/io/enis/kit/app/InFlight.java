package io.enis.kit.app;

import java.time.Duration;

/** Counts requests being handled, so shutdown can wait for them to finish. */
final class InFlight {
    private int count;

    synchronized void enter() {
        count++;
    }

    synchronized void leave() {
        count--;
        if (count <= 0) {
            notifyAll();
        }
    }

    /** Waits until no request is in flight or {@code timeout} passed; returns how many remain. */
    synchronized int awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return count;
    }
}
