package io.enis.cloudbus.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.config.CommonConfig.DatabaseSettings;
import io.enis.kit.db.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlEventLogTest {
    @TempDir
    Path dir;

    @Test
    void aReaderRacingConcurrentPublishersSeesEveryEventOnce() throws Exception {
        try (Database db = Database.open(
                "cloud-bus",
                new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10),
                dir,
                new SimpleMeterRegistry())) {
            SqlEventLog log = new SqlEventLog(db.jdbi());
            log.createGroup("b", "g");
            AtomicBoolean publishing = new AtomicBoolean(true);
            List<Thread> publishers = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                int thread = t;
                publishers.add(new Thread(() -> {
                    for (int i = 0; i < 500; i++) {
                        log.append("b", "{\"id\":\"" + thread + "-" + i + "\"}", 0);
                    }
                }));
            }
            publishers.forEach(Thread::start);
            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            // a safety net, not a timing assertion: on a loaded 2-core CI machine 6,000 appends and acks took over
            // 30 s (stop 22's first CI run saw 1,525 events read when a 30 s deadline cut the reader off)
            long deadline = System.nanoTime() + 300_000_000_000L;
            Thread reader = new Thread(() -> {
                // reads while the publishers write; stops when publishing is over and a read finds nothing
                boolean drained = false;
                while (!drained && System.nanoTime() < deadline) {
                    boolean wasPublishing = publishing.get();
                    var batch = log.readNew("b", "g", "c", 20);
                    for (var e : batch) {
                        if (!seen.add(e.event())) {
                            duplicates.add(e.event());
                        }
                        log.ack("b", "g", e.id());
                    }
                    drained = !wasPublishing && batch.isEmpty();
                }
            });
            reader.start();
            for (Thread p : publishers) {
                p.join();
            }
            publishing.set(false);
            reader.join(300_000);
            assertThat(reader.isAlive()).as("the reader drained the log").isFalse();
            assertThat(duplicates).isEmpty();
            assertThat(seen).hasSize(6000);
        }
    }
}
