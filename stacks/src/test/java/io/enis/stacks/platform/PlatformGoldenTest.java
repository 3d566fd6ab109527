package io.enis.stacks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hashicorp.cdktf.Testing;
import io.enis.stacks.TestEnvironments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reviewed Terraform JSON of each platform stack. A change to the output fails this test until
 * the golden file is regenerated on purpose, with
 * {@code mvn test -pl stacks -am -Dtest=PlatformGoldenTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false},
 * and the diff reviewed.
 */
class PlatformGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void matchesReviewedOutput(String name) throws IOException {
        var stack = new PlatformStack(Testing.app(), TestEnvironments.load(name));
        String actual = JSON.writeValueAsString(JSON.readTree(Testing.synth(stack))) + "\n";
        Path golden = GOLDEN.resolve("platform-" + name + ".tf.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(golden)
                .as("golden file; regenerate with -Dgolden.update=true")
                .exists();
        if (!actual.equals(Files.readString(golden))) {
            Path written =
                    Path.of("target", "golden-actual", golden.getFileName().toString());
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual);
            throw new AssertionError("platform-" + name + " differs from " + golden + "; compare with " + written
                    + " (diff -u), then regenerate on purpose with -Dgolden.update=true");
        }
    }
}
