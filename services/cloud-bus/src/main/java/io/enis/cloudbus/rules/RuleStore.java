package io.enis.cloudbus.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Buses and rules in the service database. A rule is stored in its own form: its pattern (the pattern
 * grammar is JSON) and its targets as {@link TargetSettings}, written from the compiled {@link Rule}.
 */
public final class RuleStore {
    private static final TypeReference<List<TargetSettings>> TARGETS = new TypeReference<>() { };
    private final Jdbi jdbi;
    private final boolean redisAvailable;

    /** @param redisAvailable whether redis-stream targets can be delivered (a stored one without Redis does not read) */
    public RuleStore(Jdbi jdbi, boolean redisAvailable) {
        this.jdbi = jdbi;
        this.redisAvailable = redisAvailable;
    }

    /** A bus. */
    public record Bus(String name, String description, Instant createdAt) {
    }

    /** Creates {@code name} unless it exists; returns false when it did. */
    public boolean createBus(String name, String description, Instant now) {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("select count(*) from buses where name = :n").bind("n", name).mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("insert into buses (name, description, created_at) values (:n, :d, :t)")
                    .bind("n", name).bind("d", description).bind("t", now.toEpochMilli()).execute();
            return true;
        });
    }

    public Optional<Bus> bus(String name) {
        return jdbi.withHandle(h -> h.createQuery("select * from buses where name = :n").bind("n", name)
                .map((rs, c) -> new Bus(rs.getString("name"), rs.getString("description"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .findOne());
    }

    public List<Bus> buses() {
        return jdbi.withHandle(h -> h.createQuery("select * from buses order by name")
                .map((rs, c) -> new Bus(rs.getString("name"), rs.getString("description"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }

    /** Deletes a bus without rules; false when it has rules or does not exist. */
    public boolean deleteBus(String name) {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("select count(*) from rules where bus = :n").bind("n", name).mapTo(Integer.class).one() > 0) {
                return false;
            }
            return h.createUpdate("delete from buses where name = :n").bind("n", name).execute() == 1;
        });
    }

    /** Saves a rule: insert when {@code create}, else replace; false on a name clash or a missing rule. */
    public boolean save(Rule rule, boolean create) {
        String targets = Json.write(rule.targets().stream().map(TargetSettings::of).toList());
        String pattern = Json.write(rule.patternJson());
        return jdbi.inTransaction(h -> {
            boolean exists = h.createQuery("select count(*) from rules where bus = :b and name = :n")
                    .bind("b", rule.bus()).bind("n", rule.name()).mapTo(Integer.class).one() > 0;
            if (create == exists) {
                return false;
            }
            if (create) {
                h.createUpdate("""
                        insert into rules (bus, name, pattern, targets, created_at, updated_at)
                        values (:b, :n, :p, :t, :c, :u)""")
                        .bind("b", rule.bus()).bind("n", rule.name()).bind("p", pattern).bind("t", targets)
                        .bind("c", rule.createdAt().toEpochMilli()).bind("u", rule.updatedAt().toEpochMilli()).execute();
            } else {
                h.createUpdate("update rules set pattern = :p, targets = :t, updated_at = :u where bus = :b and name = :n")
                        .bind("b", rule.bus()).bind("n", rule.name()).bind("p", pattern).bind("t", targets)
                        .bind("u", rule.updatedAt().toEpochMilli()).execute();
            }
            return true;
        });
    }

    public boolean delete(String bus, String name) {
        return jdbi.withHandle(h -> h.createUpdate("delete from rules where bus = :b and name = :n").bind("b", bus).bind("n", name).execute() == 1);
    }

    public Optional<Rule> rule(String bus, String name) {
        return jdbi.withHandle(h -> h.createQuery("select * from rules where bus = :b and name = :n").bind("b", bus).bind("n", name)
                .map((rs, c) -> read(rs)).findOne());
    }

    /** The rules of a bus ({@code null}: of every bus). */
    public List<Rule> rules(String bus) {
        return jdbi.withHandle(h -> (bus == null ? h.createQuery("select * from rules order by bus, name")
                : h.createQuery("select * from rules where bus = :b order by name").bind("b", bus)).map((rs, c) -> read(rs)).list());
    }

    private Rule read(ResultSet rs) throws SQLException {
        String where = rs.getString("bus") + "/" + rs.getString("name");
        try {
            JsonNode pattern = Json.MAPPER.readTree(rs.getString("pattern"));
            List<Target> targets = Json.MAPPER.readValue(rs.getString("targets"), TARGETS).stream().map(TargetSettings::toTarget).toList();
            if (!redisAvailable && targets.stream().anyMatch(t -> t.type() == Target.Type.REDIS_STREAM)) {
                throw new IllegalStateException("it has a redis-stream target and REDIS_URL is not set");
            }
            return new Rule(rs.getString("bus"), rs.getString("name"), pattern, EventPattern.compile(pattern), targets,
                    Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
        } catch (IOException | RuntimeException e) {
            throw new SQLException("stored rule " + where + " is unreadable: " + e.getMessage(), e);
        }
    }
}
