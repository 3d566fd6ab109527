package io.enis.billing.usage;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.catalogue.Aggregation;
import io.enis.billing.catalogue.CatalogueCache;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.catalogue.Metric;
import io.enis.billing.catalogue.Plan;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.store.JsonColumn;
import io.enis.billing.store.Sql;
import io.enis.billing.subscriptions.BillingPeriod;
import io.enis.billing.subscriptions.Subscription;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.domain.DomainException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.time.Durations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Records usage events, each request atomically: all of its events are stored, or none (so a
 * refused or failed request never consumes a transaction id, and retrying it meters each event once).
 * Concurrent requests share one transaction ({@link GroupCommit}: group commit by one
 * writer thread, up to {@value #MAX_GROUP_EVENTS} events; {@link #close()} stops it): each is checked as if alone, after those before it; a refused
 * one stores nothing and the others commit; a database error writes each again in its own
 * transaction. A request is answered only once the transaction holding it has committed.
 *
 * <p>Deduplication: a {@code transaction_id} already stored with the same canonical payload is a
 * {@code duplicate} (answered, nothing changes), with another payload a conflict naming both. Ids are
 * kept as long as their events, which covers every period plus its grace period. Two requests racing
 * with the same new id: one commits, the other's insert fails on the key and it is replayed once,
 * then finding the stored event. A group (a lone request too) does not look its ids up first: the key on
 * {@code transaction_id} catches a replay at the insert, and the group is written again, looking up
 * (so do the groups of the next {@link #LOOK_UP_AFTER_REPLAY}, so that a client replaying all the time
 * costs one extra attempt per that time, not one per group); ids are also looked up when an event of
 * the group is refused, since the replay of a stored event is a duplicate whatever the billing state now.
 *
 * <p>Periods: an event counts in the subscription period its timestamp falls in. The open period
 * takes it; a closed one until its end plus the grace period ({@code USAGE_GRACE_PERIOD}); later it is
 * refused as {@code usage-too-late} with the deadline. No period at that time (before the start,
 * paused, after the end) is {@code subscription-not-running}; a metric the period's plan does not
 * charge is {@code metric-not-metered}. Timestamps more than 5 minutes ahead of the clock are invalid.
 *
 * <p>Cost: whatever its size, a group of requests whose events name their subscription is two
 * statements and the commit — the subscriptions locked (in id order, so batches cannot deadlock each
 * other) with their periods still taking usage, one JDBC batch of inserts (one multi-row insert on PostgreSQL) — plus
 * the stored events among its ids when looking up (above); plans and metrics come from a
 * {@link CatalogueCache}. Events by {@code customer_id} add the customer and its subscriptions.
 */
public final class UsageIngest implements AutoCloseable {
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Events written in one group transaction at most (a bigger request goes alone). */
    static final int MAX_GROUP_EVENTS = 1_000;
    /** How long groups look up their ids before anything else after one met a stored id (a replay). */
    static final Duration LOOK_UP_AFTER_REPLAY = Duration.ofSeconds(10);

    private final Jdbi jdbi;
    private final Subscriptions subscriptions;
    private final Clock clock;
    private final Duration grace;
    private final CatalogueCache catalogue = new CatalogueCache();
    /** Until when (System.nanoTime) groups look up their ids first: set when one met a stored id. */
    private volatile long lookUpUntilNanos = System.nanoTime();

    private final GroupCommit<List<UsageEvent>, List<Recorded>> writes =
            new GroupCommit<>("usage-writer", MAX_GROUP_EVENTS, List::size, this::recordTogether, this::recordAlone);

    public UsageIngest(Jdbi jdbi, Subscriptions subscriptions, Clock clock, Duration grace) {
        this.jdbi = jdbi;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.grace = grace;
    }

    /**
     * @return one result per event, in order
     * @throws InvalidInputException naming {@code events[i].…} for unknown metrics, customers or
     *                               subscriptions and missing or invalid metric properties
     * @throws io.enis.kit.domain.ConflictException      for a transaction id stored with another payload
     * @throws io.enis.kit.domain.UnprocessableException for events the billing state refuses (see above)
     */
    public List<Recorded> record(UsageRequest request) {
        return writes.submit(request.events());
    }

    /** Stops the group writer (requests after that are written one by one). */
    @Override
    public void close() throws InterruptedException {
        writes.close();
    }

    /**
     * Concurrent requests in one transaction ({@link GroupCommit}); throws on a database error. Without
     * looking up their ids first, unless a group met a stored id less than {@link #LOOK_UP_AFTER_REPLAY}
     * ago: a replay among them fails the insert on the key, and the group is written again, looking up.
     */
    private List<GroupCommit.Outcome<List<Recorded>>> recordTogether(List<List<UsageEvent>> requests) {
        if (lookingUp()) {
            return jdbi.inTransaction(h -> record(h, requests, true));
        }
        try {
            return jdbi.inTransaction(h -> record(h, requests, false));
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            metAReplay();
            return jdbi.inTransaction(h -> record(h, requests, true));
        }
    }

    /**
     * One request in its own transaction (a group of one, or one of a group that failed), the same way:
     * looking its ids up first only while {@link #lookingUp()}; replayed once or twice when its insert
     * met a stored id (a replay, or a racing request that stored one of its ids first), looking up.
     */
    private List<Recorded> recordAlone(List<UsageEvent> events) {
        boolean lookUp = lookingUp();
        int attempts = lookUp ? 3 : 4; // the first, not looking up, does not count against a race's two replays
        for (int attempt = 1; ; attempt++) {
            boolean lookUpFirst = lookUp;
            try {
                return jdbi.inTransaction(h -> record(h, List.of(events), lookUpFirst))
                        .get(0)
                        .get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !Sql.isUniqueViolation(e)) {
                    throw e;
                }
                if (!lookUp) {
                    metAReplay();
                }
                lookUp = true;
            }
        }
    }

    /** Whether a group met a stored id less than {@link #LOOK_UP_AFTER_REPLAY} ago. */
    private boolean lookingUp() {
        return System.nanoTime() - lookUpUntilNanos < 0;
    }

    private void metAReplay() {
        lookUpUntilNanos = System.nanoTime() + LOOK_UP_AFTER_REPLAY.toNanos();
    }

    /**
     * The requests in one transaction, each as if alone and after the ones before it (an id stored by
     * an earlier request of the group is a duplicate for a later one): one outcome per request, its
     * results or its refusal (then nothing of it is stored). Periods rolled over while looking up a
     * refused request's subscriptions stay rolled over (as any read would have done).
     *
     * <p>{@code lookUpFirst}: the stored events among the ids are read before anything else. Otherwise
     * they are read only when an event is refused (it may be the replay of a stored one, a duplicate
     * whatever the billing state is now), and the requests checked again; a replay that passes the
     * checks fails the insert on the key, the caller's cue to write them again looking up first.
     */
    private List<GroupCommit.Outcome<List<Recorded>>> record(
            Handle h, List<List<UsageEvent>> requests, boolean lookUpFirst) {
        List<UsageEvent> all = requests.stream().flatMap(List::stream).toList();
        Set<String> ids = all.stream().map(UsageEvent::transactionId).collect(Collectors.toSet());
        Map<String, StoredEvent> stored = lookUpFirst ? UsageStore.findAll(h, ids) : new HashMap<>();
        Lookups lookups = new Lookups(
                h,
                all.stream()
                        .filter(e -> e.subscriptionId() != null && !stored.containsKey(e.transactionId()))
                        .map(UsageEvent::subscriptionId)
                        .collect(Collectors.toSet()));
        // read after the subscriptions are locked: an invoice run that billed a period holds the same
        // locks, so an event that waited for it sees a clock past the period's deadline
        Instant now = clock.instant();
        Group group = check(lookups, requests, stored, now);
        if (!lookUpFirst && group.anyRefused) {
            group = check(lookups, requests, UsageStore.findAll(h, ids), now);
        }
        UsageStore.insertAll(h, group.fresh, now);
        return group.outcomes;
    }

    /** A group of requests checked: one outcome per request, and the new events of those accepted. */
    private record Group(
            List<GroupCommit.Outcome<List<Recorded>>> outcomes, List<UsageStore.NewEvent> fresh, boolean anyRefused) {}

    /** Each request against {@code stored} and the ones before it (which {@code stored} gains). */
    private Group check(
            Lookups lookups, List<List<UsageEvent>> requests, Map<String, StoredEvent> stored, Instant now) {
        List<UsageStore.NewEvent> fresh = new ArrayList<>();
        List<GroupCommit.Outcome<List<Recorded>>> outcomes = new ArrayList<>();
        boolean anyRefused = false;
        for (List<UsageEvent> events : requests) {
            Map<String, StoredEvent> batch = new HashMap<>();
            List<UsageStore.NewEvent> mine = new ArrayList<>();
            try {
                List<Recorded> results = record(lookups, events, stored, batch, mine, now);
                stored.putAll(batch);
                fresh.addAll(mine);
                outcomes.add(GroupCommit.Outcome.of(results));
            } catch (DomainException refused) {
                outcomes.add(GroupCommit.Outcome.failed(refused));
                anyRefused = true;
            }
        }
        return new Group(outcomes, fresh, anyRefused);
    }

    /** One request's events against what is stored: its results, its new events in {@code batch} and {@code fresh}. */
    private List<Recorded> record(
            Lookups lookups,
            List<UsageEvent> events,
            Map<String, StoredEvent> stored,
            Map<String, StoredEvent> batch,
            List<UsageStore.NewEvent> fresh,
            Instant now) {
        Refusals refusals = new Refusals();
        List<Recorded> results = new ArrayList<>();
        for (UsageEvent e : events) {
            String p = e.at().isEmpty() ? "" : e.at() + ".";
            StoredEvent s = batch.getOrDefault(e.transactionId(), stored.get(e.transactionId()));
            if (s != null) {
                if (s.payload().equals(e.payload())) {
                    results.add(new Recorded(e.transactionId(), true, s.subscriptionId(), s.periodStart()));
                } else {
                    refusals.conflict(
                            p + "transaction_id",
                            "'" + e.transactionId() + "' was recorded with another payload; stored: " + s.payload()
                                    + "; given: " + e.payload());
                }
                continue;
            }
            StoredEvent event = resolve(lookups, e, p, now, refusals);
            if (event != null && !refusals.any()) {
                fresh.add(new UsageStore.NewEvent(
                        event,
                        lookups.subscription(event.subscriptionId()).customerId(),
                        JsonColumn.write(e.properties())));
                batch.put(e.transactionId(), event);
                results.add(new Recorded(e.transactionId(), false, event.subscriptionId(), event.periodStart()));
            }
        }
        refusals.throwIfAny();
        return results;
    }

    /**
     * What the events of one request look up, read once per request: metrics and plans (from the
     * {@link CatalogueCache}), subscriptions (locked, current; those named by id all at once, in id
     * order) and their periods — of those named by id, only the ones still taking usage (ending after
     * now minus the grace period, the clock read before the lock) at first, all of them for an event that
     * falls in none of those (so a clock stepping back between the two reads costs a read, not a wrong
     * answer). The request is one transaction, so they cannot change under it.
     */
    private final class Lookups {
        final Handle h;
        private final Map<String, Subscription> subscriptionsById = new HashMap<>();
        private final Set<String> locked;
        /** The periods taking usage of the subscriptions named by id; every period of the others. */
        private final Map<String, List<BillingPeriod>> periods = new HashMap<>();

        private final Map<String, List<BillingPeriod>> allPeriods = new HashMap<>();

        Lookups(Handle h, Set<String> subscriptionIds) {
            this.h = h;
            this.locked = subscriptionIds;
            subscriptions.currentAllWithPeriods(
                    h, subscriptionIds, clock.instant().minus(grace), subscriptionsById, periods);
        }

        Optional<Metric> metric(String code) {
            return catalogue.metric(h, code);
        }

        Plan plan(String id) {
            return catalogue.plan(h, id).orElseThrow();
        }

        /** @throws NotFoundException when there is no such subscription */
        Subscription subscription(String id) {
            Subscription s = subscriptionsById.get(id);
            if (s == null) {
                if (locked.contains(id)) {
                    throw new NotFoundException("no subscription '" + id + "'");
                }
                s = subscriptions.current(h, id);
                subscriptionsById.put(id, s);
            }
            return s;
        }

        /** The period of the subscription that {@code at} falls in, or {@code null}. */
        BillingPeriod periodAt(String subscriptionId, Instant at) {
            BillingPeriod recent = periodAt(periods.computeIfAbsent(subscriptionId, this::all), at);
            return recent != null || !locked.contains(subscriptionId)
                    ? recent
                    : periodAt(allPeriods.computeIfAbsent(subscriptionId, this::all), at);
        }

        private List<BillingPeriod> all(String subscriptionId) {
            return subscriptions
                    .periodsWithoutProrations(h, List.of(subscriptionId))
                    .getOrDefault(subscriptionId, List.of());
        }

        private static BillingPeriod periodAt(List<BillingPeriod> periods, Instant at) {
            for (BillingPeriod p : periods) {
                if (!at.isBefore(p.start()) && at.isBefore(p.end())) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The stored form of a new event, or {@code null} with the reason recorded in {@code refusals}. */
    private StoredEvent resolve(Lookups lookups, UsageEvent e, String p, Instant now, Refusals refusals) {
        Optional<Metric> metric = lookups.metric(e.metricCode());
        if (metric.isEmpty()) {
            refusals.invalid(p + "metric_code", "no metric with code '" + e.metricCode() + "'");
            return null;
        }
        Instant at = e.timestamp() == null ? now : e.timestamp();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            refusals.invalid(
                    p + "timestamp",
                    at + " is more than " + Durations.format(CLOCK_SKEW) + " ahead of the service's clock (" + now
                            + ")");
            return null;
        }
        String value = value(metric.get(), e, p, refusals);
        Subscription s = subscription(lookups, e, p, metric.get(), refusals);
        if (s == null || (value == null && metric.get().aggregation() != Aggregation.COUNT)) {
            return null;
        }
        BillingPeriod period = lookups.periodAt(s.id(), at);
        if (period == null) {
            refusals.refuse(
                    "subscription-not-running",
                    "Subscription not running",
                    p + "timestamp",
                    "subscription " + s.id() + " has no billing period at " + at + " (" + notRunning(s, at) + ")");
            return null;
        }
        Instant deadline = period.end().plus(grace);
        if (!now.isBefore(deadline)) {
            refusals.refuse(
                    "usage-too-late",
                    "Usage too late",
                    p + "timestamp",
                    at + " falls in the period [" + period.start() + ", "
                            + period.end() + ") of subscription " + s.id() + ", which accepted late usage until "
                            + deadline
                            + " (its end plus USAGE_GRACE_PERIOD " + Durations.format(grace) + ")");
            return null;
        }
        Optional<String> invoiced = now.isBefore(period.end())
                ? Optional.empty()
                : InvoicedPeriods.finalizedInvoice(lookups.h, s.id(), period.start());
        if (invoiced.isPresent()) {
            refusals.refuse(
                    "period-invoiced",
                    "Period already invoiced",
                    p + "timestamp",
                    at + " falls in the period [" + period.start() + ", " + period.end() + ") of subscription "
                            + s.id() + ", whose invoice " + invoiced.get() + " is finalized; late usage is accepted"
                            + " only until the period's invoice is finalized");
            return null;
        }
        if (!lookups.plan(period.ratingPlanId()).meters(e.metricCode())) {
            refusals.refuse(
                    "metric-not-metered",
                    "Metric not metered",
                    p + "metric_code",
                    "plan " + period.ratingPlanId() + " of subscription " + s.id() + " has no charge for metric '"
                            + e.metricCode() + "'");
            return null;
        }
        return new StoredEvent(e.transactionId(), s.id(), e.metricCode(), at, period.start(), value, e.payload());
    }

    private static String notRunning(Subscription s, Instant at) {
        if (at.isBefore(s.createdAt())) {
            return "it started at " + s.createdAt();
        }
        if (s.endedAt() != null && !at.isBefore(s.endedAt())) {
            return "it is " + s.status().code() + " since " + s.endedAt();
        }
        return "it was paused then";
    }

    private Subscription subscription(Lookups lookups, UsageEvent e, String p, Metric metric, Refusals refusals) {
        if (e.subscriptionId() != null) {
            try {
                return lookups.subscription(e.subscriptionId());
            } catch (NotFoundException missing) {
                refusals.invalid(p + "subscription_id", "no subscription '" + e.subscriptionId() + "'");
                return null;
            }
        }
        if (Customers.find(lookups.h, e.customerId()).isEmpty()) {
            refusals.invalid(p + "customer_id", "no customer '" + e.customerId() + "'");
            return null;
        }
        List<Subscription> metering = subscriptions.running(lookups.h, e.customerId()).stream()
                .filter(s -> lookups.plan(s.planId()).meters(metric.code()))
                .toList();
        if (metering.isEmpty()) {
            refusals.refuse(
                    "subscription-not-running",
                    "Subscription not running",
                    p + "customer_id",
                    "customer " + e.customerId() + " has no running subscription whose plan charges for metric '"
                            + metric.code() + "'");
            return null;
        }
        if (metering.size() > 1) {
            refusals.invalid(
                    p + "customer_id",
                    "several subscriptions of customer " + e.customerId() + " charge for '" + metric.code() + "' ("
                            + String.join(
                                    ", ",
                                    metering.stream().map(Subscription::id).toList()) + "); give subscription_id");
            return null;
        }
        return metering.get(0);
    }

    /** The event's value for the metric, or {@code null} (COUNT needs none; otherwise the problem is recorded). */
    private static String value(Metric metric, UsageEvent e, String p, Refusals refusals) {
        if (metric.aggregation() == Aggregation.COUNT) {
            return null;
        }
        String field = p + "properties." + metric.fieldName();
        JsonNode v = e.properties().get(metric.fieldName());
        if (v == null) {
            refusals.invalid(
                    field,
                    "is required: metric '" + metric.code() + "' aggregates it ("
                            + metric.aggregation().code() + ")");
            return null;
        }
        if (metric.aggregation() == Aggregation.UNIQUE_COUNT) {
            return v.asText();
        }
        try {
            BigDecimal d = new BigDecimal(v.isNumber() || v.isTextual() ? v.asText() : "x");
            return Quantity.metered(field, d).toString();
        } catch (NumberFormatException notNumber) {
            refusals.invalid(
                    field,
                    "must be a number, zero or more, for metric '" + metric.code() + "' ("
                            + metric.aggregation().code() + ")");
        } catch (InvalidInputException bad) {
            refusals.invalid(field, bad.violations().get(0).message());
        }
        return null;
    }
}
