package io.enis.scorecard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final Instant NOW = Instant.parse("2025-05-15T10:30:00Z"); // a Thursday

    @Test
    void calendarPeriodsStartAtTheirFirstDayAndEndAtTheNext() {
        assertThat(window(Period.Granularity.DAY)).isEqualTo(w("2025-05-15T00:00:00Z", "2025-05-16T00:00:00Z"));
        assertThat(window(Period.Granularity.WEEK)).as("ISO week, Monday").isEqualTo(w("2025-05-12T00:00:00Z", "2025-05-19T00:00:00Z"));
        assertThat(window(Period.Granularity.MONTH)).isEqualTo(w("2025-05-01T00:00:00Z", "2025-06-01T00:00:00Z"));
        assertThat(window(Period.Granularity.QUARTER)).isEqualTo(w("2025-04-01T00:00:00Z", "2025-07-01T00:00:00Z"));
        Period quarter = new Period(Period.Granularity.QUARTER, Period.Mode.CALENDAR);
        assertThat(quarter.previous(window(Period.Granularity.QUARTER), ZoneOffset.UTC)).isEqualTo(w("2025-01-01T00:00:00Z", "2025-04-01T00:00:00Z"));
    }

    @Test
    void aTimeZoneMovesTheBoundaries() {
        Period day = new Period(Period.Granularity.DAY, Period.Mode.CALENDAR);
        assertThat(day.current(Instant.parse("2025-05-15T22:30:00Z"), ZoneId.of("Europe/Madrid")))
                .as("00:30 on the 16th in Madrid (UTC+2)").isEqualTo(w("2025-05-15T22:00:00Z", "2025-05-16T22:00:00Z"));
    }

    @Test
    void rollingPeriodsEndNowIncludingNow() {
        Period.Window month = new Period(Period.Granularity.MONTH, Period.Mode.ROLLING).current(NOW, ZoneOffset.UTC);
        assertThat(month.start()).isEqualTo(Instant.parse("2025-04-15T10:30:00Z"));
        assertThat(month.contains(NOW)).isTrue();
        assertThat(month.contains(Instant.parse("2025-04-15T10:29:59Z"))).isFalse();
    }

    private static Period.Window window(Period.Granularity g) {
        return new Period(g, Period.Mode.CALENDAR).current(NOW, ZoneOffset.UTC);
    }

    private static Period.Window w(String start, String end) {
        return new Period.Window(Instant.parse(start), Instant.parse(end));
    }
}
