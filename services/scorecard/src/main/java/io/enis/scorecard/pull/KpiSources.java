package io.enis.scorecard.pull;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.json.Fields;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.KpiReader;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.kpi.Now;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * KPIs with a PromQL source: defining one (the query checked by observability first), and where a
 * KPI's pulls stand. A KPI without {@code source} is defined by {@link KpiService#create(JsonNode)}
 * unchanged.
 *
 * <p>The check: the query is evaluated once, now, by observability's Prometheus API. Its 400 (the
 * query does not parse or does not type-check: Prometheus' {@code bad_data}) → 400 naming
 * {@code source.promql} with observability's reason; several series now → 400 too (a KPI needs a
 * scalar or one series; aggregate them); observability unreachable → 503 with {@code Retry-After}
 * (nothing is stored: the query could not be checked). No series now is accepted (the metric may
 * not be written yet). The check's value, when there is one, is the KPI's first value.
 */
public final class KpiSources {
    /** How long a client is asked to wait when observability cannot check a query. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final Jdbi jdbi;
    private final KpiService kpis;
    private final SourceStore store;
    private final Optional<ObservabilityClient> client;
    private final Optional<PromQlPuller> puller;
    private final Clock clock;

    /**
     * @param client observability ({@code OBSERVABILITY_URL}); empty: KPIs with a source are refused
     */
    public KpiSources(
            Jdbi jdbi, KpiService kpis, SourceStore store, Optional<ObservabilityClient> client, Clock clock) {
        this.jdbi = jdbi;
        this.kpis = kpis;
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.puller = client.map(c -> new PromQlPuller(jdbi, kpis.store(), store, c, clock));
    }

    /** The puller of due sources (empty without {@code OBSERVABILITY_URL}). */
    public Optional<PromQlPuller> puller() {
        return puller;
    }

    /**
     * Defines a KPI from its JSON, with or without {@code source}.
     *
     * @throws InvalidInputException naming every bad field ({@code source.promql}); nothing is stored
     * @throws UnavailableException  when observability cannot check the query; nothing is stored
     */
    public Kpi create(JsonNode body) {
        if (body == null || !body.isObject() || !body.has("source")) {
            return kpis.create(body);
        }
        Fields f = new Fields();
        KpiDefinition definition = KpiReader.read(body, "", f, Set.of("source"));
        PromQlSource source = PromQlSource.read(body.get("source"), definition == null ? null : definition.unit(), f);
        f.throwIfInvalid();
        ObservabilityClient observability = client.orElseThrow(() -> InvalidInputException.field(
                "source",
                "cannot be pulled: this scorecard has no observability service configured (OBSERVABILITY_URL); "
                        + "record values with POST /v1/analytics/kpis/{id}/values instead"));
        Instant now = Now.of(clock);
        ObservabilityClient.Answer answer = observability.instant(source.promql(), now);
        if (answer instanceof ObservabilityClient.Refused r) {
            throw InvalidInputException.field(
                    "source.promql", "must be a PromQL query observability accepts; it answered: " + r.message());
        }
        if (answer instanceof ObservabilityClient.SeveralSeries s) {
            throw InvalidInputException.field(
                    "source.promql",
                    "must give a scalar or a single series; it gives " + s.count()
                            + " series now: aggregate them (sum, avg, max …)");
        }
        if (answer instanceof ObservabilityClient.Unreachable u) {
            throw new UnavailableException(
                    "observability", "source.promql could not be checked (" + u.why() + ")", RETRY_AFTER, null);
        }
        return jdbi.inTransaction(h -> {
            Kpi kpi = kpis.create(h, definition);
            store.insert(h, kpi.id(), source, now);
            puller.orElseThrow().record(h, kpi.id(), source, definition.unit(), now, answer);
            return kpi;
        });
    }

    /** Where a KPI's pulls stand; empty for a KPI without a source. */
    public Optional<SourceStatus> status(String kpiId) {
        Instant now = Now.of(clock);
        return jdbi.withHandle(h -> store.find(h, kpiId)).map(r -> SourceStatus.of(r, now));
    }

    /** The statuses of those of {@code kpiIds} that have a source. */
    public Map<String, SourceStatus> statuses(Collection<String> kpiIds) {
        Instant now = Now.of(clock);
        return jdbi.withHandle(h -> store.findAll(h, kpiIds)).stream()
                .collect(Collectors.toMap(SourceStore.Row::kpiId, r -> SourceStatus.of(r, now), (a, b) -> a));
    }

    /**
     * The PromQL query of each of {@code kpiIds} pulled from observability, for the Grafana export's
     * live panels; a source that converts units ({@code source.unit}) is left out, since Grafana would
     * show the query's own unit, so that KPI's panels keep its recorded values.
     */
    public Map<String, String> promQl(Collection<String> kpiIds) {
        return jdbi.withHandle(h -> store.findAll(h, kpiIds)).stream()
                .filter(r -> r.source().unit() == null)
                .collect(
                        Collectors.toMap(SourceStore.Row::kpiId, r -> r.source().promql(), (a, b) -> a));
    }

    /**
     * A snapshot's lineage source for a KPI: its query for a pulled KPI (whose watermark is then the
     * evaluation time of its latest pulled input), empty for one whose values are recorded.
     */
    public Optional<String> lineage(Handle h, String kpiId) {
        return store.find(h, kpiId)
                .map(r -> "promql " + r.source().promql() + " (pulled from observability every "
                        + r.source().everyText() + ")");
    }
}
