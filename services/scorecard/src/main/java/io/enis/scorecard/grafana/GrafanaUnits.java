package io.enis.scorecard.grafana;

import io.enis.scorecard.kpi.Unit;
import java.util.Map;

/**
 * A KPI's unit as a Grafana unit id (the {@code fieldConfig.defaults.unit} of a panel): durations
 * {@code ms s min h d} → {@code ms s m h d}; {@code req/s} → {@code reqps}, {@code req/min} →
 * {@code reqpm}; {@code %} → {@code percent}; {@code USD}, {@code $} → {@code currencyUSD},
 * {@code EUR}, {@code €} → {@code currencyEUR}, {@code GBP} → {@code currencyGBP}; any other unit
 * (a rate such as {@code orders/h}, or {@code users}) → Grafana's custom suffix unit
 * {@code suffix: <symbol>}, shown after the value as written.
 */
public final class GrafanaUnits {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("ms", "ms"),
            Map.entry("s", "s"),
            Map.entry("min", "m"),
            Map.entry("h", "h"),
            Map.entry("d", "d"),
            Map.entry("req/s", "reqps"),
            Map.entry("req/min", "reqpm"),
            Map.entry("%", "percent"),
            Map.entry("USD", "currencyUSD"),
            Map.entry("$", "currencyUSD"),
            Map.entry("EUR", "currencyEUR"),
            Map.entry("€", "currencyEUR"),
            Map.entry("GBP", "currencyGBP"));

    private GrafanaUnits() {}

    /** The Grafana unit id of {@code unit}. */
    public static String of(Unit unit) {
        String known = KNOWN.get(unit.symbol());
        return known != null ? known : "suffix: " + unit.symbol();
    }
}
