package io.enis.scorecard;

import io.enis.kit.config.Settings;
import io.enis.kit.events.CloudBusTarget;
import io.enis.scorecard.pull.ObservabilityTarget;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Settings of the scorecard service (beyond the kit's common ones).
 *
 * @param maxValuesPerRequest {@code MAX_VALUES_PER_REQUEST}: values in one batch, default 10000
 * @param zone                {@code TIME_ZONE}: where days, weeks, months and quarters begin, default UTC
 * @param closeInterval       {@code CLOSE_INTERVAL}: how often ended periods are looked for and frozen, default 1m
 * @param defaultRange        {@code DEFAULT_TIME_RANGE}: a dashboard's time range when it names none, default 30d
 * @param observability       {@code OBSERVABILITY_URL}, {@code OBSERVABILITY_API_KEY}: where PromQL KPIs are pulled
 *                            from; empty: KPIs with a source are refused
 * @param cloudBus            {@code CLOUD_BUS_URL}, {@code CLOUD_BUS_API_KEY}: where goal alerts and report.ready
 *                            events are published; both unset (the default): none are recorded
 * @param jobsInterval        {@code JOBS_INTERVAL}: how often the lease holder pulls due PromQL KPIs, evaluates
 *                            goal alerts and relays events, default 30s
 */
public record ScorecardConfig(
        int maxValuesPerRequest,
        ZoneId zone,
        Duration closeInterval,
        Duration defaultRange,
        Optional<ObservabilityTarget> observability,
        Optional<CloudBusTarget> cloudBus,
        Duration jobsInterval) {

    static ScorecardConfig read(Settings s) {
        String zoneName = s.string(
                "TIME_ZONE",
                "UTC",
                "time zone of calendar periods and daily series (an IANA name such as Europe/Madrid)");
        ZoneId zone = ZoneOffset.UTC;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            s.reject("TIME_ZONE='" + zoneName + "': must be an IANA time zone such as UTC or Europe/Madrid");
        }
        return new ScorecardConfig(
                s.integer(
                        "MAX_VALUES_PER_REQUEST",
                        10_000,
                        1,
                        100_000,
                        "values in one POST /v1/analytics/kpis/{id}/values"),
                zone,
                s.duration(
                        "CLOSE_INTERVAL",
                        Duration.ofMinutes(1),
                        Duration.ofSeconds(1),
                        "how often ended periods are looked for and frozen in snapshots"),
                s.duration(
                        "DEFAULT_TIME_RANGE",
                        Duration.ofDays(30),
                        Duration.ofDays(1),
                        "a dashboard's time range when its definition names none"),
                ObservabilityTarget.read(s),
                CloudBusTarget.read(
                        s,
                        "goal alerts (kpi.status_changed, kpi.burn_rate) and report.ready events (a link to each report)"),
                s.duration(
                        "JOBS_INTERVAL",
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(1),
                        "how often the lease holder pulls due PromQL KPIs, evaluates goal alerts and publishes "
                                + "events; a KPI's source.every is rounded up to it"));
    }
}
