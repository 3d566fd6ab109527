package io.enis.billing.usage;

import io.enis.billing.catalogue.Aggregation;
import io.enis.billing.catalogue.Metric;
import io.enis.billing.catalogue.Metrics;
import io.enis.billing.catalogue.Plans;
import io.enis.billing.subscriptions.BillingPeriod;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Aggregates a period's usage per metric, what an invoice run prices with the period's rating plan:
 * SUM adds the values, COUNT counts events, MAX takes the largest value, UNIQUE_COUNT counts distinct
 * values, LATEST takes the value of the latest event by timestamp (ties: the greatest transaction id);
 * no events aggregate to 0.
 */
public final class UsageAggregates {
    private final Jdbi jdbi;
    private final Subscriptions subscriptions;

    public UsageAggregates(Jdbi jdbi, Subscriptions subscriptions) {
        this.jdbi = jdbi;
        this.subscriptions = subscriptions;
    }

    /**
     * The usage of every metric the period's rating plan charges, in the plan's charge order.
     *
     * @param periodStart the start of one of the subscription's periods; {@code null}: the latest
     * @throws io.enis.kit.domain.NotFoundException when there is no such subscription
     * @throws InvalidInputException on {@code period_start} when no period starts then
     */
    public PeriodUsage ofPeriod(String subscriptionId, Instant periodStart) {
        return jdbi.inTransaction(h -> {
            subscriptions.current(h, subscriptionId);
            List<BillingPeriod> periods = subscriptions.periods(h, subscriptionId);
            BillingPeriod period = periodStart == null
                    ? periods.get(periods.size() - 1)
                    : periods.stream()
                            .filter(p -> p.start().equals(periodStart))
                            .findFirst()
                            .orElseThrow(() -> InvalidInputException.field(
                                    "period_start",
                                    "no period of subscription " + subscriptionId + " starts at " + periodStart
                                            + "; periods start at "
                                            + periods.stream()
                                                    .map(p -> p.start().toString())
                                                    .toList()));
            List<UsageAggregate> usage = Plans.find(h, period.ratingPlanId()).orElseThrow().charges().stream()
                    .map(c -> aggregate(
                            h, subscriptionId, Metrics.byCode(h, c.metricCode()).orElseThrow(), period))
                    .toList();
            return new PeriodUsage(subscriptionId, period.start(), period.end(), period.closed(), usage);
        });
    }

    /** One metric's aggregate for one period, in the transaction of {@code h}. */
    public static UsageAggregate aggregate(Handle h, String subscriptionId, Metric metric, BillingPeriod period) {
        return aggregate(
                subscriptionId, metric, period, UsageStore.events(h, subscriptionId, metric.code(), period.start()));
    }

    private static UsageAggregate aggregate(
            String subscriptionId, Metric metric, BillingPeriod period, List<StoredEvent> unsorted) {
        List<StoredEvent> events = unsorted.stream()
                .sorted(Comparator.comparing(StoredEvent::transactionId))
                .toList();
        List<String> ids = events.stream().map(StoredEvent::transactionId).toList();
        return new UsageAggregate(
                subscriptionId,
                metric.code(),
                metric.aggregation(),
                period.start(),
                period.end(),
                quantity(metric.aggregation(), events).toPlainString(),
                events.size(),
                sha256(ids),
                ids);
    }

    /**
     * The events of many subscription periods read by one statement (the invoice run rates a chunk of
     * periods at once), then aggregated from memory exactly as {@link #aggregate(Handle, String, Metric,
     * BillingPeriod)} does.
     */
    public static final class Prefetched {
        private record Key(String subscriptionId, String metricCode, Instant periodStart) {}

        private final Map<Key, List<StoredEvent>> events = new HashMap<>();

        /** Reads the events of {@code periods}, in the transaction of {@code h}. */
        public static Prefetched read(Handle h, Collection<BillingPeriod> periods) {
            Prefetched p = new Prefetched();
            UsageStore.eventsOf(
                            h,
                            periods.stream().map(BillingPeriod::subscriptionId).collect(Collectors.toSet()),
                            periods.stream().map(BillingPeriod::start).collect(Collectors.toSet()))
                    .forEach(e -> p.events
                            .computeIfAbsent(
                                    new Key(e.subscriptionId(), e.metricCode(), e.periodStart()),
                                    k -> new ArrayList<>())
                            .add(e));
            return p;
        }

        /** One metric's aggregate for one of the periods read. */
        public UsageAggregate aggregate(String subscriptionId, Metric metric, BillingPeriod period) {
            return UsageAggregates.aggregate(
                    subscriptionId,
                    metric,
                    period,
                    events.getOrDefault(new Key(subscriptionId, metric.code(), period.start()), List.of()));
        }
    }

    static BigDecimal quantity(Aggregation aggregation, List<StoredEvent> events) {
        return switch (aggregation) {
            case COUNT -> BigDecimal.valueOf(events.size());
            case SUM -> events.stream().map(e -> new BigDecimal(e.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
            case MAX ->
                events.stream()
                        .map(e -> new BigDecimal(e.value()))
                        .max(Comparator.naturalOrder())
                        .orElse(BigDecimal.ZERO);
            case UNIQUE_COUNT ->
                BigDecimal.valueOf(
                        events.stream().map(StoredEvent::value).distinct().count());
            case LATEST ->
                events.stream()
                        .max(Comparator.comparing(StoredEvent::occurredAt).thenComparing(StoredEvent::transactionId))
                        .map(e -> new BigDecimal(e.value()))
                        .orElse(BigDecimal.ZERO);
        };
    }

    /** SHA-256 (hex) of the ids, each followed by {@code \n}, UTF-8. */
    public static String sha256(List<String> sortedIds) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String id : sortedIds) {
                md.update((id + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A period's usage, metric by metric. */
    @com.fasterxml.jackson.databind.annotation.JsonNaming(
            com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PeriodUsage(
            String subscriptionId, Instant periodStart, Instant periodEnd, boolean closed, List<UsageAggregate> data) {}
}
