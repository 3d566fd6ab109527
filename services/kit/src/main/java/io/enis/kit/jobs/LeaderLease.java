package io.enis.kit.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A named lease in the service database ({@code kit_leases}) that at most one holder has at a
 * time, so one replica runs a service's scheduled work (billing's invoice run, scorecard's reports)
 * however many are deployed. Taking and renewing
 * are one conditional {@code update} (holder is me, or the lease has expired), atomic on
 * PostgreSQL and H2 alike; unlike a PostgreSQL advisory lock it does not depend on keeping one
 * pooled connection, and a holder that dies loses the lease after {@code ttl}. A holder must
 * finish (or {@link #tryAcquire() renew}) its work within {@code ttl}.
 */
public final class LeaderLease {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String name;
    private final String holder;
    private final Duration ttl;

    /**
     * @param name   what the lease guards, e.g. {@code invoice-run}
     * @param holder this replica, unique among contenders (pod name plus a random suffix)
     * @param ttl    how long a taken lease lasts without renewal
     */
    public LeaderLease(Jdbi jdbi, Clock clock, String name, String holder, Duration ttl) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.name = Objects.requireNonNull(name, "name");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    /** Takes or renews the lease; true when this holder has it until now + ttl. */
    public boolean tryAcquire() {
        long now = clock.millis();
        ensureRow();
        int updated = jdbi.withHandle(h -> h.createUpdate("""
                        update kit_leases set holder = :holder, expires_at = :expires
                        where name = :name and (holder = :holder or expires_at <= :now)""")
                .bind("holder", holder)
                .bind("expires", now + ttl.toMillis())
                .bind("name", name)
                .bind("now", now)
                .execute());
        return updated == 1;
    }

    /** Gives the lease up if this holder has it, so another may take it at once. */
    public void release() {
        jdbi.useHandle(
                h -> h.createUpdate("update kit_leases set expires_at = 0 where name = :name and holder = :holder")
                        .bind("name", name)
                        .bind("holder", holder)
                        .execute());
    }

    public String holder() {
        return holder;
    }

    /**
     * A holder name for this replica: the host name (a pod's name) and a random suffix, or
     * {@code fallback} and the suffix when the host has no name.
     */
    public static String localHolder(String fallback) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = fallback;
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void ensureRow() {
        boolean exists = jdbi.withHandle(h -> h.createQuery("select count(*) from kit_leases where name = :name")
                        .bind("name", name)
                        .mapTo(Integer.class)
                        .one()
                > 0);
        if (!exists) {
            try {
                jdbi.useHandle(
                        h -> h.createUpdate("insert into kit_leases (name, holder, expires_at) values (:name, '', 0)")
                                .bind("name", name)
                                .execute());
            } catch (UnableToExecuteStatementException createdMeanwhile) {
                // another contender created it
            }
        }
    }
}
