package io.enis.cloudbus.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Dead-letter queues, one per rule target, in the service database: the event and its last error. */
public final class DeadLetters {
    private final Jdbi jdbi;

    public DeadLetters(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One dead letter. */
    public record DeadLetter(String id, String bus, String rule, String target, String entryId, String event,
                             String lastError, int attempts, Instant appendedAt, Instant failedAt) {
    }

    public void add(String bus, String rule, String target, String entryId, String event, String error, int attempts,
                    long appendedAt, long failedAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into dead_letters (id, bus, rule, target, entry_id, event, last_error, attempts, appended_at, failed_at)
                        values (:id, :bus, :rule, :target, :entry, :event, :error, :attempts, :appended, :failed)""")
                .bind("id", "dl_" + UUID.randomUUID().toString().replace("-", "")).bind("bus", bus).bind("rule", rule)
                .bind("target", target).bind("entry", entryId).bind("event", event)
                .bind("error", error.length() > 2000 ? error.substring(0, 2000) : error).bind("attempts", attempts)
                .bind("appended", appendedAt).bind("failed", failedAt).execute());
    }

    /** Oldest first, at most {@code limit}. */
    public List<DeadLetter> list(String bus, String rule, String target, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from dead_letters where bus = :bus and rule = :rule and target = :target
                        order by failed_at, id limit :limit""")
                .bind("bus", bus).bind("rule", rule).bind("target", target).bind("limit", limit)
                .map(DeadLetters::read).list());
    }

    /** The dead letter {@code id} of a target, however many the queue holds; empty when it has none by that id. */
    public Optional<DeadLetter> byId(String bus, String rule, String target, String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from dead_letters where id = :id and bus = :bus and rule = :rule and target = :target""")
                .bind("id", id).bind("bus", bus).bind("rule", rule).bind("target", target)
                .map(DeadLetters::read).findOne());
    }

    private static DeadLetter read(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DeadLetter(rs.getString("id"), rs.getString("bus"), rs.getString("rule"), rs.getString("target"),
                rs.getString("entry_id"), rs.getString("event"), rs.getString("last_error"), rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("appended_at")), Instant.ofEpochMilli(rs.getLong("failed_at")));
    }

    public long count(String bus, String rule, String target) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from dead_letters where bus = :bus and rule = :rule and target = :target")
                .bind("bus", bus).bind("rule", rule).bind("target", target).mapTo(Long.class).one());
    }

    public void updateError(String id, String error, int attempts, long failedAt) {
        jdbi.useHandle(h -> h.createUpdate("update dead_letters set last_error = :e, attempts = :a, failed_at = :f where id = :id")
                .bind("e", error.length() > 2000 ? error.substring(0, 2000) : error).bind("a", attempts).bind("f", failedAt).bind("id", id).execute());
    }

    /** Removes one ({@code id}) or all dead letters of a target; returns how many. */
    public int delete(String bus, String rule, String target, String id) {
        return jdbi.withHandle(h -> (id == null
                ? h.createUpdate("delete from dead_letters where bus = :bus and rule = :rule and target = :target")
                : h.createUpdate("delete from dead_letters where bus = :bus and rule = :rule and target = :target and id = :id").bind("id", id))
                .bind("bus", bus).bind("rule", rule).bind("target", target).execute());
    }
}
