package io.enis.billing.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.store.Ids;
import io.enis.billing.store.Page;
import io.enis.billing.store.PageRequest;
import io.enis.billing.store.Sql;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Fields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Billable metrics: create, read (by id or code), list. A metric's code is unique and never changes. */
public final class Metrics {
    /** A metric or plan code: what usage events and requests name. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    public static final String CODE_ALLOWED = "1 to 64 of a-z 0-9 _ . - starting with a letter or digit";
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Metrics(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates a metric from {@code {"code", "name", "aggregation", "field_name"}}; {@code field_name}
     * is required for every aggregation but {@code count}, and refused for it.
     *
     * @throws io.enis.kit.domain.InvalidInputException naming every invalid field
     * @throws ConflictException when the code is taken
     */
    public Metric create(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String code = f.requiredText(body, "code", "code", CODE, CODE_ALLOWED);
        String name = f.requiredText(body, "name", "name", CustomerInput.TEXT, "1 to 200 characters");
        String agg = f.requiredText(body, "aggregation", "aggregation", null, null);
        Aggregation aggregation = agg == null ? null : Arrays.stream(Aggregation.values())
                .filter(a -> a.code().equals(agg)).findFirst().orElse(null);
        if (agg != null && aggregation == null) {
            f.reject("aggregation", "must be one of " + String.join(", ", Arrays.stream(Aggregation.values()).map(Aggregation::code).toList()));
        }
        String field = f.optionalText(body, "field_name", "field_name", FIELD, "1 to 64 of A-Z a-z 0-9 _ . -");
        if (aggregation != null && aggregation.needsField() && field == null && !body.hasNonNull("field_name")) {
            f.reject("field_name", "is required for " + aggregation.code() + ": the event property it aggregates");
        }
        if (aggregation == Aggregation.COUNT && field != null) {
            f.reject("field_name", "must be absent for count, which counts events");
        }
        f.throwIfInvalid();
        Metric m = new Metric(ids.next("met"), code, name, aggregation, field, Instant.ofEpochMilli(clock.millis()));
        try {
            jdbi.useTransaction(h -> h.createUpdate("insert into metrics (id, code, name, aggregation, field_name, created_at) "
                            + "values (:id, :code, :name, :aggregation, :field, :at)")
                    .bind("id", m.id()).bind("code", code).bind("name", name).bind("aggregation", aggregation.name())
                    .bind("field", field).bind("at", m.createdAt().toEpochMilli()).execute());
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("a metric with code '" + code + "' already exists",
                        List.of(new Violation("code", "already used by another metric")));
            }
            throw e;
        }
        return m;
    }

    /** @throws NotFoundException when there is no such metric */
    public Metric get(String id) {
        return jdbi.withHandle(h -> h.createQuery("select * from metrics where id = :id").bind("id", id)
                .map((rs, c) -> row(rs)).findOne()).orElseThrow(() -> new NotFoundException("no metric '" + id + "'"));
    }

    /** The metric with {@code code}, in the transaction of {@code h}. */
    public static Optional<Metric> byCode(Handle h, String code) {
        return h.createQuery("select * from metrics where code = :code").bind("code", code).map((rs, c) -> row(rs)).findOne();
    }

    public Page<Metric> list(PageRequest page) {
        return Page.of(jdbi.withHandle(h -> h.createQuery("select * from metrics where id > :after order by id limit :n")
                .bind("after", page.after()).bind("n", page.limit() + 1).map((rs, c) -> row(rs)).list()), page.limit(), Metric::id);
    }

    static Metric row(ResultSet rs) throws SQLException {
        return new Metric(rs.getString("id"), rs.getString("code"), rs.getString("name"),
                Aggregation.valueOf(rs.getString("aggregation")), rs.getString("field_name"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
