package io.enis.scorecard.alert;

import java.time.Duration;
import java.util.List;

/**
 * One multi-window burn-rate alert: it fires when the burn rate over both {@code longWindow} and
 * {@code shortWindow} is at least {@code factor}, and resolves when either drops below it (the short
 * window makes it resolve soon after the KPI recovers, the long one keeps a blip from firing it).
 *
 * @param name        {@code fast} or {@code slow}: the alert's name in events ({@code burn_fast} in the state table)
 * @param longWindow  the window that says the spending is significant
 * @param shortWindow the window that says it is still going on (1/12 of the long one, as in SLO alerting)
 * @param factor      the burn rate that fires it
 */
public record BurnWindow(String name, Duration longWindow, Duration shortWindow, double factor) {
    /** Fires when, over the last hour and the last 5 minutes, the budget burns at twice the allowed pace. */
    public static final BurnWindow FAST = new BurnWindow("fast", Duration.ofHours(1), Duration.ofMinutes(5), 2.0);
    /** Fires when, over the last 6 hours and the last 30 minutes, the budget burns at the allowed pace or faster. */
    public static final BurnWindow SLOW = new BurnWindow("slow", Duration.ofHours(6), Duration.ofMinutes(30), 1.0);
    /** The alerts every non-cumulative KPI has. */
    public static final List<BurnWindow> DEFAULTS = List.of(FAST, SLOW);

    /** The alert's name in the state table: {@code burn_fast}, {@code burn_slow}. */
    public String stateName() {
        return "burn_" + name;
    }
}
