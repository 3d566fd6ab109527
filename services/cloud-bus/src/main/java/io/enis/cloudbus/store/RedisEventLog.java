package io.enis.cloudbus.store;

import io.enis.kit.auth.ApiKeys;
import io.enis.kit.domain.UnavailableException;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XTrimParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The event log on Redis Streams: {@code enis:bus:<bus>} holds the events ({@code XADD}); each rule
 * target is a consumer group on it; a delivery is acknowledged with {@code XACK} after success;
 * entries a dead consumer held are taken over with {@code XAUTOCLAIM}; failed entries stay pending
 * and their next attempt is kept in a sorted set {@code enis:retry:<bus>:<group>} (score: due time)
 * with the attempt count in {@code enis:retryinfo:<bus>:<group>}; de-duplication keys are
 * {@code SET NX PX} keys. Durability of an acknowledged publish is Redis' own: AOF with
 * {@code appendfsync everysec} loses at most a second on a Redis crash; ElastiCache replicates.
 * While Redis cannot be reached every method throws {@link UnavailableException} (answered 503 with
 * {@code Retry-After}); the pool reconnects when it is back.
 */
public final class RedisEventLog implements EventLog {
    /** What an unreachable Redis answers in {@code Retry-After}. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final String DEPENDENCY = "the event log (REDIS_URL)";
    private static final String FIELD_EVENT = "event";
    private static final String FIELD_AT = "at";
    /**
     * Dedup check, append and dedup record in one atomic script. The key is written after XADD
     * succeeded: Redis keeps a script's earlier writes when a later command fails, so the other order
     * could record a key for an event that was never stored.
     */
    private static final String APPEND_FIRST = """
            if redis.call('EXISTS', KEYS[1]) == 1 then return false end
            local id = redis.call('XADD', KEYS[2], '*', '%s', ARGV[2], '%s', ARGV[3])
            redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
            return id""".formatted(FIELD_EVENT, FIELD_AT);
    private final JedisPooled redis;
    private final String where;

    /** @param url {@code redis://[user:password@]host:port[/db]} or {@code rediss://} for TLS */
    public RedisEventLog(String url) {
        URI uri = URI.create(url);
        this.redis = new JedisPooled(uri, 5_000);
        this.where = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static String stream(String bus) {
        return "enis:bus:" + bus;
    }

    private static String retries(String bus, String group) {
        return "enis:retry:" + bus + ":" + group;
    }

    private static String retryInfo(String bus, String group) {
        return "enis:retryinfo:" + bus + ":" + group;
    }

    @Override
    public String append(String bus, String event, long now) {
        return guarded(() -> redis.xadd(stream(bus), StreamEntryID.NEW_ENTRY, Map.of(FIELD_EVENT, event, FIELD_AT, Long.toString(now))).toString());
    }

    @Override
    public Optional<String> appendFirst(String bus, String key, String event, long now, Duration window) {
        String dedupKey = "enis:dedup:" + bus + ":" + ApiKeys.hash(key);
        return guarded(() -> {
            Object id = redis.eval(APPEND_FIRST, List.of(dedupKey, stream(bus)),
                    List.of(Long.toString(window.toMillis()), event, Long.toString(now)));
            return id == null ? Optional.<String>empty()
                    : Optional.of(id instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : id.toString());
        });
    }

    @Override
    public void createGroup(String bus, String group) {
        run(() -> {
            try {
                redis.xgroupCreate(stream(bus), group, StreamEntryID.XGROUP_LAST_ENTRY, true);
            } catch (JedisDataException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                    throw e;
                }
            }
        });
    }

    @Override
    public void deleteGroup(String bus, String group) {
        run(() -> {
            try {
                redis.xgroupDestroy(stream(bus), group);
            } catch (JedisDataException noStream) {
                // nothing to delete
            }
            redis.del(retries(bus, group), retryInfo(bus, group));
        });
    }

    @Override
    public List<Entry> readNew(String bus, String group, String consumer, int max) {
        return guarded(() -> read(bus, group, consumer, max, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
    }

    @Override
    public List<Entry> readOwnPending(String bus, String group, String consumer, int max) {
        return guarded(() -> read(bus, group, consumer, max, new StreamEntryID(0, 0)));
    }

    private List<Entry> read(String bus, String group, String consumer, int max, StreamEntryID from) {
        var result = redis.xreadGroup(group, consumer, XReadGroupParams.xReadGroupParams().count(max), Map.of(stream(bus), from));
        List<Entry> out = new ArrayList<>();
        if (result != null) {
            for (var stream : result) {
                for (StreamEntry e : stream.getValue()) {
                    toEntry(e).ifPresentOrElse(out::add, () -> redis.xack(stream(bus), group, e.getID())); // trimmed away
                }
            }
        }
        return out;
    }

    @Override
    public List<Entry> claimStale(String bus, String group, String consumer, Duration minIdle, int max) {
        return guarded(() -> {
            var result = redis.xautoclaim(stream(bus), group, consumer, minIdle.toMillis(), new StreamEntryID(0, 0),
                    XAutoClaimParams.xAutoClaimParams().count(max));
            List<Entry> out = new ArrayList<>();
            for (StreamEntry e : result.getValue()) {
                toEntry(e).ifPresent(out::add);
            }
            return out;
        });
    }

    @Override
    public Optional<Entry> claim(String bus, String group, String consumer, String entryId) {
        return guarded(() -> {
            List<StreamEntry> claimed = redis.xclaim(stream(bus), group, consumer, 0, XClaimParams.xClaimParams(), new StreamEntryID(entryId));
            return claimed.isEmpty() ? Optional.empty() : toEntry(claimed.get(0));
        });
    }

    @Override
    public void ack(String bus, String group, String entryId) {
        run(() -> {
            redis.xack(stream(bus), group, new StreamEntryID(entryId));
            redis.zrem(retries(bus, group), entryId);
            redis.hdel(retryInfo(bus, group), entryId);
        });
    }

    @Override
    public void scheduleRetry(String bus, String group, String entryId, long dueAt, int attempts, String lastError) {
        run(() -> {
            redis.hset(retryInfo(bus, group), entryId, attempts + "|" + lastError);
            redis.zadd(retries(bus, group), dueAt, entryId);
        });
    }

    @Override
    public Optional<Retry> retry(String bus, String group, String entryId) {
        return guarded(() -> {
            String info = redis.hget(retryInfo(bus, group), entryId);
            if (info == null) {
                return Optional.empty();
            }
            int bar = info.indexOf('|');
            return Optional.of(new Retry(entryId, Integer.parseInt(info.substring(0, bar)), info.substring(bar + 1)));
        });
    }

    @Override
    public List<Retry> dueRetries(String bus, String group, long now, int max) {
        return guarded(() -> {
            List<Retry> out = new ArrayList<>();
            for (String id : redis.zrangeByScore(retries(bus, group), Double.NEGATIVE_INFINITY, now, 0, max)) {
                retry(bus, group, id).ifPresentOrElse(out::add, () -> redis.zrem(retries(bus, group), id));
            }
            return out;
        });
    }

    @Override
    public long pendingCount(String bus, String group) {
        return guarded(() -> {
            try {
                return redis.xpending(stream(bus), group).getTotal();
            } catch (JedisDataException noGroup) {
                return 0L;
            }
        });
    }

    @Override
    public void trim(String bus, long cutoff) {
        run(() -> {
            redis.xtrim(stream(bus), XTrimParams.xTrimParams().minId(cutoff + "-0").approximateTrimming());
        });
    }

    /** Readiness and the start-up check: @throws IllegalStateException naming Redis and why it does not answer */
    @Override
    public void check() {
        try {
            if (!"PONG".equals(redis.ping())) {
                throw new IllegalStateException("Redis at " + where + " (REDIS_URL) did not answer PING");
            }
        } catch (JedisException e) {
            throw new IllegalStateException("Redis at " + where + " (REDIS_URL) is unreachable: " + e.getMessage(), e);
        }
    }

    /** Runs {@code call}; a connection failure (Redis down, unreachable, the pool exhausted) becomes an {@link UnavailableException}. */
    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (JedisException e) {
            if (isOutage(e)) {
                throw new UnavailableException(DEPENDENCY, "Redis at " + where + ": " + e.getMessage(), RETRY_AFTER, e);
            }
            throw e;
        }
    }

    private void run(Runnable call) {
        guarded(() -> {
            call.run();
            return null;
        });
    }

    private static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JedisConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return "Redis Streams at " + where;
    }

    private static Optional<Entry> toEntry(StreamEntry e) {
        Map<String, String> fields = e.getFields();
        if (fields == null || !fields.containsKey(FIELD_EVENT)) {
            return Optional.empty(); // trimmed while pending
        }
        return Optional.of(new Entry(e.getID().toString(), fields.get(FIELD_EVENT), Long.parseLong(fields.getOrDefault(FIELD_AT, "0"))));
    }


    @Override
    public void close() {
        redis.close();
    }
}
