package io.enis.kit.time;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations in Prometheus notation: one or more number+unit pairs, units ms, s, m, h, d, w, y. */
public final class Durations {
    private static final Pattern WHOLE = Pattern.compile("(\\d+(ms|s|m|h|d|w|y))+");
    /** Longest duration accepted (about 100 years): anything longer is a typo, and would overflow milliseconds. */
    private static final long MAX_DAYS = 36_500;

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    private Durations() {}

    /**
     * @throws IllegalArgumentException with a message saying what is allowed (also for a duration
     *                                  longer than 36500 days, however many digits it has)
     */
    public static Duration parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "must be a duration such as 30s, 5m, 1h30m (units ms, s, m, h, d, w, y)");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(text);
        try {
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                total = total.plus(
                        switch (m.group(2)) {
                            case "ms" -> Duration.ofMillis(n);
                            case "s" -> Duration.ofSeconds(n);
                            case "m" -> Duration.ofMinutes(n);
                            case "h" -> Duration.ofHours(n);
                            case "d" -> Duration.ofDays(n);
                            case "w" -> Duration.ofDays(Math.multiplyExact(7, n));
                            default -> Duration.ofDays(Math.multiplyExact(365, n));
                        });
            }
        } catch (NumberFormatException | ArithmeticException tooLong) {
            throw new IllegalArgumentException("must be a duration of at most " + MAX_DAYS + " days");
        }
        if (total.toDays() > MAX_DAYS) {
            throw new IllegalArgumentException("must be a duration of at most " + MAX_DAYS + " days");
        }
        return total;
    }

    /** Prometheus notation of {@code d}, the shortest exact form ({@code 90s} → {@code 1m30s}). */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
        String[] units = {"d", "h", "m", "s", "ms"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms >= sizes[i]) {
                sb.append(ms / sizes[i]).append(units[i]);
                ms %= sizes[i];
            }
        }
        return sb.toString();
    }
}
