package io.enis.observability.tsdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkTest {
    @Test
    void roundTripsIrregularTimesAndAwkwardValues() {
        Random random = new Random(42);
        int n = 120;
        long[] times = new long[n];
        double[] values = new double[n];
        long t = 1_737_453_600_000L;
        for (int i = 0; i < n; i++) {
            t += switch (i % 5) {
                        case 0 -> 15_000;
                        case 1 -> 15_001;
                        case 2 -> 14_000 + random.nextInt(3000);
                        case 3 -> 1;
                        default -> 3_600_000L * random.nextInt(3);
                    }
                    + 1;
            times[i] = t;
            values[i] = switch (i % 6) {
                case 0 -> Double.NaN;
                case 1 -> Double.POSITIVE_INFINITY;
                case 2 -> -0.0;
                case 3 -> random.nextGaussian() * 1e300;
                case 4 -> i;
                default -> values[Math.max(0, i - 1)];
            };
        }
        Chunk chunk = Chunk.encode(times, values, 0, n);
        List<long[]> seenTimes = new ArrayList<>();
        List<Double> seenValues = new ArrayList<>();
        chunk.decode(Long.MIN_VALUE, Long.MAX_VALUE, (time, value) -> {
            seenTimes.add(new long[] {time});
            seenValues.add(value);
        });
        assertThat(seenTimes).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(seenTimes.get(i)[0]).as("time %d", i).isEqualTo(times[i]);
            assertThat(Double.doubleToRawLongBits(seenValues.get(i)))
                    .as("value %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(values[i]));
        }
    }

    @Test
    void regularCountersCompressWell() {
        int n = 120;
        long[] times = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = 1_737_453_600_000L + i * 15_000L;
            values[i] = 1000 + i * 3;
        }
        Chunk chunk = Chunk.encode(times, values, 0, n);
        assertThat(chunk.bytes() - 32).as("bytes for 120 samples").isLessThan(n * 4L);
        List<Double> window = new ArrayList<>();
        chunk.decode(times[10], times[12], (time, value) -> window.add(value));
        assertThat(window).containsExactly(1030.0, 1033.0, 1036.0);
    }
}
