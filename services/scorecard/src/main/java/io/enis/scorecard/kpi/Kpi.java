package io.enis.scorecard.kpi;

import java.time.Instant;

/** A stored KPI: its id ({@code kpi_} and 20 characters), definition and creation time. */
public record Kpi(String id, KpiDefinition definition, Instant createdAt) {
    public String name() {
        return definition.name();
    }
}
