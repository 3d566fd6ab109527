package io.enis.cloudbus.store;

import io.enis.kit.auth.ApiKeys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The event log in the service database, used when no {@code REDIS_URL} is set: the embedded H2 file
 * by default (so {@code java -jar} just works and survives restarts), or PostgreSQL. Same semantics as
 * the Redis implementation: stream per bus, groups with a read position, a pending table, a retry
 * schedule. Sequence numbers are handed out by this process, so one replica only writes the log —
 * run a single replica without Redis.
 */
public final class SqlEventLog implements EventLog {
    private final Jdbi jdbi;
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    public SqlEventLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private AtomicLong sequence(String bus) {
        return sequences.computeIfAbsent(
                bus,
                b -> new AtomicLong(jdbi.withHandle(
                        h -> h.createQuery("select coalesce(max(seq), 0) from bus_events where bus = :bus")
                                .bind("bus", b)
                                .mapTo(Long.class)
                                .one())));
    }

    @Override
    public String append(String bus, String event, long now) {
        AtomicLong sequence = sequence(bus);
        // numbers are committed in the order they are handed out: a reader that sees n has seen every m < n
        synchronized (sequence) {
            long seq = sequence.incrementAndGet();
            jdbi.useHandle(h -> insertEvent(h, bus, seq, event, now));
            return Long.toString(seq);
        }
    }

    private static void insertEvent(Handle h, String bus, long seq, String event, long now) {
        h.createUpdate("insert into bus_events (bus, seq, body, appended_at) values (:bus, :seq, :body, :at)")
                .bind("bus", bus)
                .bind("seq", seq)
                .bind("body", event)
                .bind("at", now)
                .execute();
    }

    @Override
    public Optional<String> appendFirst(String bus, String key, String event, long now, Duration window) {
        String hashed = ApiKeys.hash(key);
        AtomicLong sequence = sequence(bus);
        // under the sequence's lock, as append: numbers are committed in the order they are handed out
        synchronized (sequence) {
            return jdbi.inTransaction(h -> {
                h.createUpdate("delete from bus_dedup where bus = :bus and dedup_key = :key and seen_at < :cutoff")
                        .bind("bus", bus)
                        .bind("key", hashed)
                        .bind("cutoff", now - window.toMillis())
                        .execute();
                try {
                    h.createUpdate("insert into bus_dedup (bus, dedup_key, seen_at) values (:bus, :key, :now)")
                            .bind("bus", bus)
                            .bind("key", hashed)
                            .bind("now", now)
                            .execute();
                } catch (UnableToExecuteStatementException duplicate) {
                    return Optional.<String>empty();
                }
                long seq = sequence.incrementAndGet();
                insertEvent(h, bus, seq, event, now);
                return Optional.of(Long.toString(seq));
            });
        }
    }

    @Override
    public void createGroup(String bus, String group) {
        long end = sequence(bus).get();
        jdbi.useHandle(h -> {
            boolean exists = h.createQuery("select count(*) from bus_groups where bus = :bus and grp = :grp")
                            .bind("bus", bus)
                            .bind("grp", group)
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (!exists) {
                h.createUpdate("insert into bus_groups (bus, grp, last_seq) values (:bus, :grp, :seq)")
                        .bind("bus", bus)
                        .bind("grp", group)
                        .bind("seq", end)
                        .execute();
            }
        });
    }

    @Override
    public void deleteGroup(String bus, String group) {
        jdbi.useTransaction(h -> {
            for (String table : List.of("bus_groups", "bus_pending", "bus_retries")) {
                h.createUpdate("delete from " + table + " where bus = :bus and grp = :grp")
                        .bind("bus", bus)
                        .bind("grp", group)
                        .execute();
            }
        });
    }

    @Override
    public List<Entry> readNew(String bus, String group, String consumer, int max) {
        return jdbi.inTransaction(h -> {
            Optional<Long> last = h.createQuery(
                            "select last_seq from bus_groups where bus = :bus and grp = :grp for update")
                    .bind("bus", bus)
                    .bind("grp", group)
                    .mapTo(Long.class)
                    .findOne();
            if (last.isEmpty()) {
                return List.of();
            }
            List<Entry> entries = h.createQuery("""
                            select seq, body, appended_at from bus_events where bus = :bus and seq > :last order by seq limit :max""")
                    .bind("bus", bus)
                    .bind("last", last.get())
                    .bind("max", max)
                    .map((rs, c) -> new Entry(Long.toString(rs.getLong(1)), rs.getString(2), rs.getLong(3)))
                    .list();
            if (!entries.isEmpty()) {
                var batch = h.prepareBatch(
                        "insert into bus_pending (bus, grp, seq, consumer, delivered_at) values (:bus, :grp, :seq, :consumer, :at)");
                for (Entry e : entries) {
                    batch.bind("bus", bus)
                            .bind("grp", group)
                            .bind("seq", Long.parseLong(e.id()))
                            .bind("consumer", consumer)
                            .bind("at", System.currentTimeMillis())
                            .add();
                }
                batch.execute();
                h.createUpdate("update bus_groups set last_seq = :seq where bus = :bus and grp = :grp")
                        .bind(
                                "seq",
                                Long.parseLong(entries.get(entries.size() - 1).id()))
                        .bind("bus", bus)
                        .bind("grp", group)
                        .execute();
            }
            return entries;
        });
    }

    @Override
    public List<Entry> readOwnPending(String bus, String group, String consumer, int max) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select e.seq, e.body, e.appended_at from bus_pending p join bus_events e on e.bus = p.bus and e.seq = p.seq
                        where p.bus = :bus and p.grp = :grp and p.consumer = :consumer order by p.seq limit :max""")
                .bind("bus", bus)
                .bind("grp", group)
                .bind("consumer", consumer)
                .bind("max", max)
                .map((rs, c) -> new Entry(Long.toString(rs.getLong(1)), rs.getString(2), rs.getLong(3)))
                .list());
    }

    @Override
    public List<Entry> claimStale(String bus, String group, String consumer, Duration minIdle, int max) {
        return jdbi.inTransaction(h -> {
            long cutoff = System.currentTimeMillis() - minIdle.toMillis();
            List<Entry> stale = h.createQuery("""
                            select e.seq, e.body, e.appended_at from bus_pending p join bus_events e on e.bus = p.bus and e.seq = p.seq
                            where p.bus = :bus and p.grp = :grp and p.delivered_at < :cutoff order by p.seq limit :max""")
                    .bind("bus", bus)
                    .bind("grp", group)
                    .bind("cutoff", cutoff)
                    .bind("max", max)
                    .map((rs, c) -> new Entry(Long.toString(rs.getLong(1)), rs.getString(2), rs.getLong(3)))
                    .list();
            for (Entry e : stale) {
                h.createUpdate(
                                "update bus_pending set consumer = :consumer, delivered_at = :now where bus = :bus and grp = :grp and seq = :seq")
                        .bind("consumer", consumer)
                        .bind("now", System.currentTimeMillis())
                        .bind("bus", bus)
                        .bind("grp", group)
                        .bind("seq", Long.parseLong(e.id()))
                        .execute();
            }
            return stale;
        });
    }

    @Override
    public Optional<Entry> claim(String bus, String group, String consumer, String entryId) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate(
                            "update bus_pending set consumer = :consumer, delivered_at = :now where bus = :bus and grp = :grp and seq = :seq")
                    .bind("consumer", consumer)
                    .bind("now", System.currentTimeMillis())
                    .bind("bus", bus)
                    .bind("grp", group)
                    .bind("seq", Long.parseLong(entryId))
                    .execute();
            if (updated == 0) {
                return Optional.<Entry>empty();
            }
            return h.createQuery("select seq, body, appended_at from bus_events where bus = :bus and seq = :seq")
                    .bind("bus", bus)
                    .bind("seq", Long.parseLong(entryId))
                    .map((rs, c) -> new Entry(Long.toString(rs.getLong(1)), rs.getString(2), rs.getLong(3)))
                    .findOne();
        });
    }

    @Override
    public void ack(String bus, String group, String entryId) {
        jdbi.useTransaction(h -> {
            for (String table : List.of("bus_pending", "bus_retries")) {
                h.createUpdate("delete from " + table + " where bus = :bus and grp = :grp and seq = :seq")
                        .bind("bus", bus)
                        .bind("grp", group)
                        .bind("seq", Long.parseLong(entryId))
                        .execute();
            }
        });
    }

    @Override
    public void scheduleRetry(String bus, String group, String entryId, long dueAt, int attempts, String lastError) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from bus_retries where bus = :bus and grp = :grp and seq = :seq")
                    .bind("bus", bus)
                    .bind("grp", group)
                    .bind("seq", Long.parseLong(entryId))
                    .execute();
            h.createUpdate(
                            "insert into bus_retries (bus, grp, seq, due_at, attempts, last_error) values (:bus, :grp, :seq, :due, :attempts, :error)")
                    .bind("bus", bus)
                    .bind("grp", group)
                    .bind("seq", Long.parseLong(entryId))
                    .bind("due", dueAt)
                    .bind("attempts", attempts)
                    .bind("error", lastError)
                    .execute();
        });
    }

    @Override
    public Optional<Retry> retry(String bus, String group, String entryId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select seq, attempts, last_error from bus_retries where bus = :bus and grp = :grp and seq = :seq")
                .bind("bus", bus)
                .bind("grp", group)
                .bind("seq", Long.parseLong(entryId))
                .map((rs, c) -> new Retry(Long.toString(rs.getLong(1)), rs.getInt(2), rs.getString(3)))
                .findOne());
    }

    @Override
    public List<Retry> dueRetries(String bus, String group, long now, int max) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select seq, attempts, last_error from bus_retries where bus = :bus and grp = :grp and due_at <= :now
                        order by due_at limit :max""")
                .bind("bus", bus)
                .bind("grp", group)
                .bind("now", now)
                .bind("max", max)
                .map((rs, c) -> new Retry(Long.toString(rs.getLong(1)), rs.getInt(2), rs.getString(3)))
                .list());
    }

    @Override
    public long pendingCount(String bus, String group) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from bus_pending where bus = :bus and grp = :grp")
                .bind("bus", bus)
                .bind("grp", group)
                .mapTo(Long.class)
                .one());
    }

    @Override
    public void trim(String bus, long cutoff) {
        jdbi.useHandle(
                h -> h.createUpdate("""
                        delete from bus_events where bus = :bus and appended_at < :cutoff
                        and seq not in (select seq from bus_pending where bus = :bus)""").bind("bus", bus).bind("cutoff", cutoff).execute());
    }

    @Override
    public void check() {
        jdbi.useHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
    }

    @Override
    public String describe() {
        return "the service database (no REDIS_URL)";
    }

    @Override
    public void close() {
        // the pool belongs to the kit
    }
}
