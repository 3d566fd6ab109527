package io.enis.scorecard.alert;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Where each goal alert of a KPI stands ({@code kpi_alert_states}): {@code status} → a status name,
 * {@code burn_fast} / {@code burn_slow} → {@code firing} or {@code resolved}. Every method runs in the
 * caller's transaction, so a change is written with the event that announces it.
 */
public final class AlertStore {
    /** The alert states of a KPI, by alert name (absent: never evaluated). */
    public Map<String, String> states(Handle h, String kpiId) {
        return h
                .createQuery("select alert, state from kpi_alert_states where kpi_id = :k")
                .bind("k", kpiId)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Sets {@code alert}'s state, changed at {@code since}. */
    public void set(Handle h, String kpiId, String alert, String state, Instant since) {
        h.createUpdate("delete from kpi_alert_states where kpi_id = :k and alert = :a")
                .bind("k", kpiId)
                .bind("a", alert)
                .execute();
        h.createUpdate("insert into kpi_alert_states (kpi_id, alert, state, since) values (:k, :a, :s, :at)")
                .bind("k", kpiId)
                .bind("a", alert)
                .bind("s", state)
                .bind("at", since.toEpochMilli())
                .execute();
    }
}
