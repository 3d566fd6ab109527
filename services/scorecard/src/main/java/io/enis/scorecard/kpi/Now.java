package io.enis.scorecard.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time as the scorecard stores times: to the millisecond, so what is answered is what is stored. */
public final class Now {
    private Now() {
    }

    public static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
