package io.enis.cloudbus.delivery;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.Target;
import java.net.URI;
import java.util.Map;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Protocol bridge HTTP → Redis Streams: {@code XADD <stream> * event <body> id <ce id> type <ce type>
 * source <ce source>}, so consumers on Redis read what was published over HTTP.
 */
public final class RedisStreamDeliverer implements Deliverer, AutoCloseable {
    private final JedisPooled redis;

    public RedisStreamDeliverer(String url) {
        this.redis = new JedisPooled(URI.create(url), 5_000);
    }

    @Override
    public void deliver(Target target, CloudEvent event, String body, int attempt) throws DeliveryException {
        try {
            redis.xadd(
                    target.address(),
                    StreamEntryID.NEW_ENTRY,
                    Map.of("event", body, "id", event.id(), "type", event.type(), "source", event.source()));
        } catch (JedisException e) {
            throw new DeliveryException("Redis stream " + target.address() + ": " + e.getMessage(), true);
        }
    }

    @Override
    public void close() {
        redis.close();
    }
}
