package io.enis.cloudbus.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The durable event log behind the buses: one stream per bus, a consumer group per rule target, a
 * pending list per group (entries delivered to a consumer and not yet acknowledged), a retry schedule,
 * and a de-duplication window. Redis Streams implement it in production ({@link RedisEventLog}); the
 * service database does when no Redis is configured ({@link SqlEventLog}). Both pass the same tests.
 */
public interface EventLog extends AutoCloseable {
    /** An entry of a bus stream. {@code appendedAt} is the service clock's time of publication. */
    record Entry(String id, String event, long appendedAt) {
    }

    /** A scheduled retry: the entry, how many attempts were made and the last error. */
    record Retry(String entryId, int attempts, String lastError) {
    }

    /** Appends durably (as far as the store's persistence goes) and returns the entry id. */
    String append(String bus, String event, long now);

    /**
     * Appends {@code event} unless {@code key} was appended on {@code bus} within {@code window}: the
     * entry id, or empty for a duplicate. One atomic step, so a failed append records no key and the
     * retry of a refused event is stored, not taken for a duplicate.
     */
    Optional<String> appendFirst(String bus, String key, String event, long now, Duration window);

    /** Creates the group at the end of the stream (only later events are delivered); no-op if it exists. */
    void createGroup(String bus, String group);

    /** Removes a group and its pending entries and retries. */
    void deleteGroup(String bus, String group);

    /** Entries never delivered to the group, now pending for {@code consumer}. */
    List<Entry> readNew(String bus, String group, String consumer, int max);

    /** Entries pending for {@code consumer} itself (after a restart with the same consumer name). */
    List<Entry> readOwnPending(String bus, String group, String consumer, int max);

    /**
     * Entries pending for longer than {@code minIdle} on any consumer (a dead one), taken over. Idle
     * time is wall-clock time, as Redis measures it (not the service clock).
     */
    List<Entry> claimStale(String bus, String group, String consumer, Duration minIdle, int max);

    /** Takes one pending entry over for a retry; empty when it is gone (acknowledged or trimmed). */
    Optional<Entry> claim(String bus, String group, String consumer, String entryId);

    /** Acknowledges: the entry leaves the pending list and the retry schedule. */
    void ack(String bus, String group, String entryId);

    /** Schedules the next attempt of a pending entry. */
    void scheduleRetry(String bus, String group, String entryId, long dueAt, int attempts, String lastError);

    /** The retry of an entry, if one is scheduled. */
    Optional<Retry> retry(String bus, String group, String entryId);

    /** Retries due at {@code now}. */
    List<Retry> dueRetries(String bus, String group, long now, int max);

    /** Entries pending (delivered, not acknowledged) in a group. */
    long pendingCount(String bus, String group);

    /** Drops entries appended before {@code cutoff} (ms) from the bus stream. */
    void trim(String bus, long cutoff);

    /** Readiness. */
    void check();

    /** What backs the log, for logs and health. */
    String describe();

    @Override
    void close();
}
