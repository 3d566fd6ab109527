package io.enis.billing.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.input.Inputs;
import io.enis.billing.money.Currency;
import io.enis.billing.pricing.Price;
import io.enis.billing.store.Ids;
import io.enis.billing.store.JsonColumn;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Plans with their fee and metered charges: create, read, list. */
public final class Plans {
    private static final int MAX_CHARGES = 20;
    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Plans(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates a plan from {@code {"code", "name", "product_id", "currency", "interval", "interval_count",
     * "trial_days", "fee", "charges": [{"metric_code", "price"}]}}: code unique ({@link Metrics#CODE});
     * interval day, week, month or year; interval_count 1–12 (default 1); trial_days 0–730 (default 0);
     * a fee or at least one charge (at most {@value #MAX_CHARGES}, one per metric); prices in the plan's
     * currency ({@link PriceJson}).
     *
     * @throws io.enis.kit.domain.InvalidInputException naming every invalid field, also an unknown
     *                                                   product_id or metric_code
     * @throws ConflictException when the code is taken
     */
    public Plan create(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String code = f.requiredText(body, "code", "code", Metrics.CODE, Metrics.CODE_ALLOWED);
        String name = f.requiredText(body, "name", "name", CustomerInput.TEXT, "1 to 200 characters");
        String productId = f.requiredText(body, "product_id", "product_id", null, null);
        String currencyCode = f.requiredText(body, "currency", "currency", null, null);
        Currency currency = currencyCode == null ? null : Inputs.under(f, "", () -> Currency.of(currencyCode));
        String intervalText = f.requiredText(body, "interval", "interval", null, null);
        BillingInterval interval = intervalText == null ? null : Arrays.stream(BillingInterval.values())
                .filter(i -> i.code().equals(intervalText)).findFirst().orElse(null);
        if (intervalText != null && interval == null) {
            f.reject("interval", "must be one of day, week, month, year");
        }
        int count = Inputs.integer(f, body, "interval_count", "interval_count", 1, 1, 12);
        int trialDays = Inputs.integer(f, body, "trial_days", "trial_days", 0, 0, 730);
        Price fee = body.hasNonNull("fee") ? PriceJson.read(f, body.get("fee"), "fee", currency) : null;
        List<MeteredCharge> charges = charges(f, body.get("charges"), currency);
        if (!body.hasNonNull("fee") && charges.isEmpty() && f.valid()) {
            f.reject("fee", "a plan needs a fee or at least one metered charge");
        }
        f.throwIfInvalid();
        Plan plan = new Plan(ids.next("plan"), code, name, productId, currencyCode, interval, count, trialDays, fee, charges,
                Instant.ofEpochMilli(clock.millis()));
        try {
            jdbi.useTransaction(h -> insert(h, plan));
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("a plan with code '" + code + "' already exists",
                        List.of(new Violation("code", "already used by another plan")));
            }
            throw e;
        }
        return plan;
    }

    private static List<MeteredCharge> charges(Fields f, JsonNode list, Currency currency) {
        List<MeteredCharge> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray() || list.size() > MAX_CHARGES) {
            f.reject("charges", "must be a list of at most " + MAX_CHARGES + " metered charges");
            return out;
        }
        Set<String> metrics = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "charges[" + i + "]";
            JsonNode c = list.get(i);
            if (!c.isObject()) {
                f.reject(at, "must be an object with metric_code and price");
                continue;
            }
            String metric = f.requiredText(c, "metric_code", at + ".metric_code", Metrics.CODE, Metrics.CODE_ALLOWED);
            if (metric != null && !metrics.add(metric)) {
                f.reject(at + ".metric_code", "metric '" + metric + "' is already charged by an earlier charge");
            }
            Price price = PriceJson.read(f, c.get("price"), at + ".price", currency);
            if (metric != null && price != null) {
                out.add(new MeteredCharge(metric, price));
            }
        }
        return out;
    }

    private static void insert(Handle h, Plan plan) {
        Fields refs = new Fields();
        if (h.createQuery("select count(*) from products where id = :id").bind("id", plan.productId()).mapTo(Integer.class).one() == 0) {
            refs.reject("product_id", "no product '" + plan.productId() + "'");
        }
        for (int i = 0; i < plan.charges().size(); i++) {
            String metric = plan.charges().get(i).metricCode();
            if (Metrics.byCode(h, metric).isEmpty()) {
                refs.reject("charges[" + i + "].metric_code", "no metric with code '" + metric + "'");
            }
        }
        refs.throwIfInvalid();
        h.createUpdate("insert into plans (id, code, name, product_id, currency, billing_interval, interval_count, trial_days, "
                        + "fee, created_at) values (:id, :code, :name, :product, :currency, :interval, :count, :trial, :fee, :at)")
                .bind("id", plan.id()).bind("code", plan.code()).bind("name", plan.name()).bind("product", plan.productId())
                .bind("currency", plan.currency()).bind("interval", plan.interval().name()).bind("count", plan.intervalCount())
                .bind("trial", plan.trialDays()).bind("fee", plan.fee() == null ? null : JsonColumn.write(PriceJson.write(plan.fee())))
                .bind("at", plan.createdAt().toEpochMilli()).execute();
        for (int i = 0; i < plan.charges().size(); i++) {
            MeteredCharge c = plan.charges().get(i);
            h.createUpdate("insert into plan_charges (plan_id, position, metric_code, price) values (:plan, :pos, :metric, :price)")
                    .bind("plan", plan.id()).bind("pos", i).bind("metric", c.metricCode())
                    .bind("price", JsonColumn.write(PriceJson.write(c.price()))).execute();
        }
    }

    /** @throws NotFoundException when there is no such plan */
    public Plan get(String id) {
        return jdbi.withHandle(h -> find(h, id)).orElseThrow(() -> new NotFoundException("no plan '" + id + "'"));
    }

    /** The plan {@code id}, in the transaction of {@code h}. */
    public static Optional<Plan> find(Handle h, String id) {
        return h.createQuery("select * from plans where id = :id").bind("id", id).map((rs, c) -> row(rs)).findOne()
                .map(p -> withCharges(h, p));
    }

    public Page<Plan> list(PageRequest page) {
        return jdbi.withHandle(h -> Page.of(h.createQuery("select * from plans where id > :after order by id limit :n")
                        .bind("after", page.after()).bind("n", page.limit() + 1).map((rs, c) -> row(rs)).list(), page.limit(), Plan::id)
                .map(p -> withCharges(h, p)));
    }

    private static Plan withCharges(Handle h, Plan p) {
        Currency currency = Currency.of(p.currency());
        List<MeteredCharge> charges = h.createQuery("select metric_code, price from plan_charges where plan_id = :id order by position")
                .bind("id", p.id()).map((rs, c) -> new MeteredCharge(rs.getString(1), PriceJson.stored(rs.getString(2), currency))).list();
        return new Plan(p.id(), p.code(), p.name(), p.productId(), p.currency(), p.interval(), p.intervalCount(), p.trialDays(),
                p.fee(), charges, p.createdAt());
    }

    private static Plan row(ResultSet rs) throws SQLException {
        Currency currency = Currency.of(rs.getString("currency"));
        String fee = rs.getString("fee");
        return new Plan(rs.getString("id"), rs.getString("code"), rs.getString("name"), rs.getString("product_id"),
                currency.code(), BillingInterval.valueOf(rs.getString("billing_interval")), rs.getInt("interval_count"),
                rs.getInt("trial_days"), fee == null ? null : PriceJson.stored(fee, currency), List.of(), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
