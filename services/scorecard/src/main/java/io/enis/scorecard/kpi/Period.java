package io.enis.scorecard.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The period a KPI's target is for: a day, an ISO week (Monday to Sunday), a month or a quarter, in
 * the service's time zone ({@code TIME_ZONE}, default UTC).
 *
 * <p>{@link Mode#CALENDAR} periods start at midnight of the first day (this month: the 1st to now);
 * {@link Mode#ROLLING} ones end now, included (this month: the last month up to now). Periods close, and are
 * frozen in snapshots, on calendar boundaries in both modes: a rolling window that ends at a boundary
 * is that calendar period.
 *
 * @param granularity day, week, month or quarter; default month
 * @param mode        calendar or rolling; default calendar
 */
public record Period(Granularity granularity, Mode mode) {
    /** Default: calendar months. */
    public static final Period DEFAULT = new Period(Granularity.MONTH, Mode.CALENDAR);

    /** How long a period is. */
    public enum Granularity {
        DAY("day"), WEEK("week"), MONTH("month"), QUARTER("quarter");

        private final String json;

        Granularity(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Granularity> of(String json) {
            for (Granularity g : values()) {
                if (g.json.equals(json)) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }

        /** The first day of the calendar period holding {@code day}. */
        LocalDate startOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
                case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            };
        }

        ZonedDateTime plus(ZonedDateTime t, long n) {
            return switch (this) {
                case DAY -> t.plusDays(n);
                case WEEK -> t.plusWeeks(n);
                case MONTH -> t.plusMonths(n);
                case QUARTER -> t.plusMonths(3 * n);
            };
        }
    }

    /** Calendar or rolling. */
    public enum Mode {
        CALENDAR("calendar"), ROLLING("rolling");

        private final String json;

        Mode(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Mode> of(String json) {
            for (Mode m : values()) {
                if (m.json.equals(json)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** The period that holds {@code now}: calendar from its start to its end, rolling ending at {@code now}. */
    public Window current(Instant now, ZoneId zone) {
        if (mode == Mode.ROLLING) {
            ZonedDateTime end = now.atZone(zone);
            return new Window(granularity.plus(end, -1).toInstant(), now.plusMillis(1));
        }
        return calendarHolding(now, zone);
    }

    /** The period just before {@code window} (same length in the calendar). */
    public Window previous(Window window, ZoneId zone) {
        ZonedDateTime start = window.start().atZone(zone);
        return new Window(granularity.plus(start, -1).toInstant(), window.start());
    }

    /** The calendar period that holds {@code t}. */
    public Window calendarHolding(Instant t, ZoneId zone) {
        ZonedDateTime start = granularity.startOf(t.atZone(zone).toLocalDate()).atStartOfDay(zone);
        return new Window(start.toInstant(), granularity.plus(start, 1).toInstant());
    }

    /** The calendar period after {@code window}. */
    public Window next(Window window, ZoneId zone) {
        return new Window(window.end(), granularity.plus(window.end().atZone(zone), 1).toInstant());
    }

    /** A half-open time interval {@code [start, end)}. */
    public record Window(Instant start, Instant end) {
        public boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }

        /** The share of the window elapsed at {@code now}, from 0 to 1. */
        public double elapsed(Instant now) {
            double total = end.toEpochMilli() - start.toEpochMilli();
            double done = Math.min(Math.max(now.toEpochMilli() - start.toEpochMilli(), 0), total);
            return total == 0 ? 1 : done / total;
        }
    }
}
