package io.enis.observability.tsdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesTest {
    /**
     * A late sample arriving when the head's arrays are full and its first half already sealed: the
     * head is slid to the front to make room, and the sample must land where it belongs in the moved
     * head (its position was once computed before the move: an ArrayIndexOutOfBoundsException, a 500,
     * and the batch half applied in memory without being logged).
     */
    @Test
    void aLateSampleIsInsertedWhereItBelongsWhenTheHeadMovesToMakeRoom() {
        Series series = new Series(Labels.of(Map.of("__name__", "late")));
        long window = 0;
        for (int i = 1; i <= 128; i++) { // 120 sealed into a chunk; the head holds 8 at the end of 128-slot arrays
            series.append(i * 10L, i, window);
        }
        series.append(1275, 127.5, window);
        SampleBuffer read = series.read(1250, 1300);
        assertThat(read.size()).isEqualTo(5);
        assertThat(new long[] {read.time(0), read.time(1), read.time(2), read.time(3), read.time(4)})
                .containsExactly(1250, 1260, 1270, 1275, 1280);
        assertThat(read.value(3)).isEqualTo(127.5);
        assertThat(series.sampleCount()).isEqualTo(129);
    }
}
