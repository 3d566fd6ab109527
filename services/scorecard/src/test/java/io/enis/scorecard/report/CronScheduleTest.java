package io.enis.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
    private static CronSchedule parse(String expression, String zone) {
        return CronSchedule.parse(expression, ZoneId.of(zone), new String[1]).orElseThrow();
    }

    @Test
    void runsAtTheExpressionsLocalTimeAcrossADaylightSavingChange() {
        // 08:00 in Madrid is 07:00Z in winter and 06:00Z after the clocks go forward on 30 March 2025
        var daily = parse("0 8 * * *", "Europe/Madrid");
        assertThat(daily.next(Instant.parse("2025-03-29T12:00:00Z"))).hasValue(Instant.parse("2025-03-30T06:00:00Z"));
        assertThat(daily.next(Instant.parse("2025-03-28T12:00:00Z"))).hasValue(Instant.parse("2025-03-29T07:00:00Z"));
        // strictly after: a run at its own time moves to the next
        assertThat(daily.next(Instant.parse("2025-03-29T07:00:00Z"))).hasValue(Instant.parse("2025-03-30T06:00:00Z"));
    }

    @Test
    void monthlyAndWeeklyExpressions() {
        assertThat(parse("30 6 1 * *", "UTC").next(Instant.parse("2025-01-21T10:00:00Z")))
                .hasValue(Instant.parse("2025-02-01T06:30:00Z"));
        assertThat(parse("0 9 * * MON-FRI", "UTC").next(Instant.parse("2025-01-24T10:00:00Z")))
                .as("Friday after nine: Monday")
                .hasValue(Instant.parse("2025-01-27T09:00:00Z"));
    }

    @Test
    void whatDoesNotParseSaysWhy() {
        String[] why = new String[1];
        assertThat(CronSchedule.parse("every monday", ZoneId.of("UTC"), why)).isEmpty();
        assertThat(why[0]).isNotBlank();
        assertThat(CronSchedule.parse("0 8 * *", ZoneId.of("UTC"), why))
                .as("four fields")
                .isEmpty();
        assertThat(CronSchedule.parse("61 8 * * *", ZoneId.of("UTC"), why))
                .as("minute 61")
                .isEmpty();
    }
}
