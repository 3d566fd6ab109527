package io.enis.scorecard.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnomaliesTest {
    /**
     * Window before the last point: 10, 12, 11, 13, 12, 11 → sorted 10 11 11 12 12 13, median 11.5;
     * absolute deviations 1.5 .5 .5 1.5 .5 .5 → sorted .5 .5 .5 .5 1.5 1.5, MAD 0.5. For 30:
     * z = 0.6745 (30 - 11.5) / 0.5 = 24.9565 > 3.5. For 13 (index 3, window 10 12 11: too short) nothing.
     */
    @Test
    void flagsASpikeByRobustZ() {
        List<Anomalies.Flag> flags = Anomalies.flag(new double[] {10, 12, 11, 13, 12, 11, 30}, 14, Anomalies.THRESHOLD);
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).index()).isEqualTo(6);
        assertThat(flags.get(0).median()).isEqualTo(11.5);
        assertThat(flags.get(0).z()).isCloseTo(0.6745 * 18.5 / 0.5, within(1e-9));
    }

    /**
     * Window 5, 5, 5, 5, 6: median 5, deviations 0 0 0 0 1, MAD 0; mean absolute deviation 0.2,
     * scale 1.253314 * 0.2 = 0.2506628; a 5.5 scores 0.5 / 0.2506628 = 1.9947 (kept), a 9 scores
     * 4 / 0.2506628 = 15.958 (flagged). A flat window flags any other value, without z.
     */
    @Test
    void fallsBackWhenMoreThanHalfTheWindowIsEqual() {
        assertThat(Anomalies.flag(new double[] {5, 5, 5, 5, 6, 5.5}, 5, 3.5)).isEmpty();
        var flagged = Anomalies.flag(new double[] {5, 5, 5, 5, 6, 9}, 5, 3.5);
        assertThat(flagged.get(0).z()).isCloseTo(4 / (1.253314 * 0.2), within(1e-9));
        var flat = Anomalies.flag(new double[] {7, 7, 7, 7, 7, 7, 8}, 14, 3.5);
        assertThat(flat).singleElement().satisfies(f -> assertThat(f.z()).isNull());
    }
}
