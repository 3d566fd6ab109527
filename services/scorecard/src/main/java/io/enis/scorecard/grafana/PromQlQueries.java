package io.enis.scorecard.grafana;

import java.util.Collection;
import java.util.Map;

/**
 * Where the Grafana export finds the PromQL query of a KPI pulled from the observability service
 * (its source), so that KPI's panels query Prometheus through the dashboard's datasource variable
 * instead of showing the recorded values.
 */
@FunctionalInterface
public interface PromQlQueries {
    /** No KPI has a query: every panel shows recorded values. */
    PromQlQueries NONE = ids -> Map.of();

    /** The query of each KPI in {@code kpiIds} that has one, by KPI id. */
    Map<String, String> of(Collection<String> kpiIds);
}
