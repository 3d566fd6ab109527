package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static io.enis.observability.ObservabilityFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: the write-ahead log rolls into a segment that is {@code /dev/full} (every
 * write fails with ENOSPC, whoever runs the test), then the disk "gets space" again.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskTest {
    @TempDir
    Path dataDir;

    private static String sample(double value, int secondsAfterT0) {
        return "{\"name\":\"disk_test\",\"labels\":{\"job\":\"api\"},\"value\":" + value + ",\"timestamp\":\""
                + T0.plusSeconds(secondsAfterT0) + "\"}";
    }

    /** The values stored, as their count and sum over the last hour ({@code [count, sum]}). */
    private static List<Double> stored(ObservabilityFixture fx) {
        List<Double> out = new ArrayList<>();
        for (String f : List.of("count_over_time", "sum_over_time")) {
            var r = fx.admin.get("/v1/metrics/query?query=" + enc(f + "(disk_test[1h])") + "&time=" + (T0.getEpochSecond() + 600));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            r.json().at("/data/result").forEach(series -> out.add(Double.parseDouble(series.get("value").get(1).asText())));
        }
        return out;
    }

    @Test
    void aFullDiskIsA503WithRetryAfterAndNotReadyAndTheServiceRecoversByItselfWhenSpaceReturns() throws Exception {
        Path wal = dataDir.resolve("observability").resolve("wal");
        Path next = wal.resolve("000000000002.wal");
        try (var fx = new ObservabilityFixture(Store.EMBEDDED, dataDir, Map.of())) {
            fx.collect(sample(1, 0));
            Files.createSymbolicLink(next, Path.of("/dev/full"));
            assertThat(fx.definition.store().checkpoint().firstSegment()).as("the log now writes to /dev/full").isEqualTo(2);

            var refused = fx.admin.post("/v1/metrics/collect", sample(2, 15));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.json().get("type").asText()).isEqualTo("https://docs.enis.cloud/problems/unavailable");
            assertThat(refused.json().get("detail").asText()).contains("metrics write-ahead log")
                    .contains("No space left on device").contains("nothing of this batch was stored");
            var ready = fx.admin.get("/health/ready");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().at("/checks/metrics-wal").asText()).startsWith("DOWN").contains("No space left on device");
            assertThat(stored(fx)).as("a refused batch is not queryable").containsExactly(1.0, 1.0);

            Files.delete(next); // space again: the segment is an ordinary file
            Files.createFile(next);
            assertThat(fx.admin.get("/health/ready").status()).as("ready again without a write").isEqualTo(200);
            assertThat(fx.admin.post("/v1/metrics/collect", sample(3, 30)).status()).isEqualTo(200);
            assertThat(stored(fx)).containsExactly(2.0, 4.0);
        }
        try (var fx = new ObservabilityFixture(Store.EMBEDDED, dataDir, Map.of())) {
            assertThat(stored(fx)).as("after a restart: everything acknowledged, nothing refused").containsExactly(2.0, 4.0);
        }
    }
}
