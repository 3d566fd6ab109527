package io.enis.scorecard.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * A stored dashboard: id ({@code dash_} and 20 characters), name, panels in order, time range.
 */
public record Dashboard(String id, String name, List<Panel> panels, TimeRange range, Instant createdAt) {
    public Dashboard {
        panels = List.copyOf(panels);
    }

    /** One panel: its position (from 0), the KPI it shows and its title (the KPI's name unless given). */
    public record Panel(int position, String kpiId, String title) {
    }
}
