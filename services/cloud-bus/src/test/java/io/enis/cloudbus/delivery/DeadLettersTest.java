package io.enis.cloudbus.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.db.Database;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Dead-letter queues on the embedded database and on PostgreSQL. */
class DeadLettersTest {
    @TempDir
    Path dir;

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aLetterIsFoundByIdBeyondTheFirstThousand(Store store) {
        try (Database db = Database.open("cloud-bus", TestStores.databaseSettings(store), dir, new SimpleMeterRegistry())) {
            DeadLetters letters = new DeadLetters(db.jdbi());
            for (int i = 0; i < 1_001; i++) {
                letters.add("b", "r", "t", "1-" + i, "{\"id\": \"e-" + i + "\"}", "HTTP 503", 5, i, 1_000 + i);
            }
            letters.add("b", "other", "t", "1-0", "{}", "HTTP 503", 5, 0, 0);
            List<DeadLetters.DeadLetter> firstThousand = letters.list("b", "r", "t", 1_000);
            DeadLetters.DeadLetter last = letters.list("b", "r", "t", 1_001).get(1_000);
            assertThat(firstThousand).extracting(DeadLetters.DeadLetter::id).doesNotContain(last.id());

            assertThat(letters.byId("b", "r", "t", last.id())).contains(last);
            assertThat(last.event()).isEqualTo("{\"id\": \"e-1000\"}");
            assertThat(letters.byId("b", "other", "t", last.id())).as("another target's queue").isEmpty();
            assertThat(letters.byId("b", "r", "t", "dl_none")).isEmpty();
            assertThat(letters.delete("b", "r", "t", last.id())).isEqualTo(1);
            assertThat(letters.byId("b", "r", "t", last.id())).isEmpty();
            assertThat(letters.count("b", "r", "t")).isEqualTo(1_000);
        }
    }
}
