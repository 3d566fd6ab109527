package io.enis.billing.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.store.Ids;
import io.enis.billing.store.Page;
import io.enis.billing.store.PageRequest;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.json.Fields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/** Products: create, read, list. */
public final class Products {
    private static final Pattern DESCRIPTION = Pattern.compile("[^\\p{Cntrl}]{0,1000}");
    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Products(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates a product from {@code {"name": …, "description": …}} (name 1–200 characters,
     * description optional, at most 1000).
     *
     * @throws io.enis.kit.domain.InvalidInputException naming every invalid field
     */
    public Product create(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String name = f.requiredText(body, "name", "name", CustomerInput.TEXT, "1 to 200 characters");
        String description = f.optionalText(body, "description", "description", DESCRIPTION, "at most 1000 characters");
        f.throwIfInvalid();
        Product p = new Product(ids.next("prod"), name, description, Instant.ofEpochMilli(clock.millis()));
        jdbi.useTransaction(h -> h.createUpdate("insert into products (id, name, description, created_at) "
                        + "values (:id, :name, :description, :at)")
                .bind("id", p.id()).bind("name", name).bind("description", description).bind("at", p.createdAt().toEpochMilli())
                .execute());
        return p;
    }

    /** @throws NotFoundException when there is no such product */
    public Product get(String id) {
        return jdbi.withHandle(h -> h.createQuery("select * from products where id = :id").bind("id", id)
                .map((rs, c) -> row(rs)).findOne()).orElseThrow(() -> new NotFoundException("no product '" + id + "'"));
    }

    public Page<Product> list(PageRequest page) {
        return Page.of(jdbi.withHandle(h -> h.createQuery("select * from products where id > :after order by id limit :n")
                .bind("after", page.after()).bind("n", page.limit() + 1).map((rs, c) -> row(rs)).list()), page.limit(), Product::id);
    }

    private static Product row(ResultSet rs) throws SQLException {
        return new Product(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
