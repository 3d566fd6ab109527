package io.enis.scorecard.kpi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a KPI's values. Durations and rates convert within their dimension; every other unit
 * ({@code %}, {@code USD}, {@code users}) only matches itself.
 *
 * <ul>
 *   <li>durations: {@code ms} (0.001 s), {@code s}, {@code min} (60 s), {@code h} (3600 s), {@code d} (86400 s);
 *   <li>rates {@code <thing>/<duration>}: {@code req/s}, {@code req/min} (1 req/s = 60 req/min),
 *       {@code orders/h}; two rates convert when their {@code <thing>} is the same;
 *   <li>anything else of 1 to 20 letters, digits, {@code %}, {@code $}, {@code €}, {@code _} or {@code .}.
 * </ul>
 *
 * @param symbol    as written: {@code ms}, {@code req/s}
 * @param dimension {@code time}, {@code rate:req} or the symbol itself
 * @param factor    size in the dimension's base (seconds for time, per second for rates; 1 otherwise)
 */
public record Unit(String symbol, String dimension, double factor) {
    /** What a unit may look like, for error messages. */
    public static final String ALLOWED = "ms, s, min, h, d; a rate such as req/s or req/min; or a unit of 1-20 letters, digits, %, $, €, _ or . (USD, users, %)";
    private static final Map<String, Double> SECONDS = Map.of("ms", 0.001, "s", 1.0, "min", 60.0, "h", 3600.0, "d", 86400.0);
    private static final List<String> DURATIONS = List.of("ms", "s", "min", "h", "d");
    private static final Pattern RATE = Pattern.compile("([\\p{L}\\p{N}_.]{1,20})/(ms|s|min|h|d)");
    private static final Pattern OTHER = Pattern.compile("[\\p{L}\\p{N}%$€_.]{1,20}");
    private static final String TIME = "time";

    /** The unit written {@code symbol}, or empty when it is none of the {@link #ALLOWED} forms. */
    public static Optional<Unit> parse(String symbol) {
        if (SECONDS.containsKey(symbol)) {
            return Optional.of(new Unit(symbol, TIME, SECONDS.get(symbol)));
        }
        Matcher rate = RATE.matcher(symbol);
        if (rate.matches()) {
            return Optional.of(new Unit(symbol, "rate:" + rate.group(1), 1.0 / SECONDS.get(rate.group(2))));
        }
        return OTHER.matcher(symbol).matches() ? Optional.of(new Unit(symbol, symbol, 1.0)) : Optional.empty();
    }

    /** Whether a value in {@code other} can be converted to this unit. */
    public boolean convertibleFrom(Unit other) {
        return dimension.equals(other.dimension);
    }

    /**
     * {@code value} in {@code from} expressed in this unit: 0.25 s → 250 ms, 2 req/s → 120 req/min.
     *
     * @throws IllegalArgumentException when the dimensions differ
     */
    public double convert(double value, Unit from) {
        if (!convertibleFrom(from)) {
            throw new IllegalArgumentException(from.symbol + " does not convert to " + symbol);
        }
        return value * from.factor / factor;
    }

    /** Whether this is a duration (response times: lower is better unless said otherwise). */
    public boolean isDuration() {
        return TIME.equals(dimension);
    }

    /** The units a value of this KPI may be sent in, this one first. */
    public List<String> convertible() {
        if (isDuration()) {
            return DURATIONS.stream().sorted((a, b) -> a.equals(symbol) ? -1 : b.equals(symbol) ? 1 : 0).toList();
        }
        if (dimension.startsWith("rate:")) {
            String thing = dimension.substring(5);
            return DURATIONS.stream().map(d -> thing + "/" + d)
                    .sorted((a, b) -> a.equals(symbol) ? -1 : b.equals(symbol) ? 1 : 0).toList();
        }
        return List.of(symbol);
    }

    /** A readable name of the dimension for messages: {@code duration}, {@code rate of req}, or the unit. */
    public String describeDimension() {
        return isDuration() ? "a duration" : dimension.startsWith("rate:") ? "a rate of " + dimension.substring(5)
                : "'" + symbol.toLowerCase(Locale.ROOT) + "'";
    }
}
