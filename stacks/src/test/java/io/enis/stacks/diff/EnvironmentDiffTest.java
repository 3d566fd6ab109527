package io.enis.stacks.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.stacks.TestEnvironments;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentDiffTest {
    @TempDir
    static Path temp;

    @BeforeAll
    static void synthesize() {
        var synthesizer = new Synthesizer(TestEnvironments.LOADER);
        synthesizer.synth("staging", null, temp.resolve("staging"));
        synthesizer.synth("prod", null, temp.resolve("prod"));
    }

    @Test
    void stagingToProdDiffersOnlyWhereTheEnvironmentFilesDo() {
        Environment staging = TestEnvironments.load("staging");
        Environment prod = TestEnvironments.load("prod");
        var differences = EnvironmentDiff.between(
                staging, temp.resolve("staging"), prod, temp.resolve("prod"), List.of("platform", "billing"));
        assertThat(differences).isNotEmpty().noneMatch(EnvironmentDiff.Difference::unexpected);
        assertThat(differences).anySatisfy(d -> {
            assertThat(d.address()).startsWith("aws_db_instance.");
            assertThat(d.attribute()).isEqualTo("instance_class");
            assertThat(d.fromValue()).isEqualTo("db.r6g.large");
            assertThat(d.toValue()).isEqualTo("db.r6g.xlarge");
        });
        assertThat(differences)
                .as("names are normalized")
                .noneMatch(d -> d.attribute() != null && d.attribute().equals("identifier"));
        assertThat(differences)
                .as("billing gets its own database in prod")
                .anyMatch(d -> d.stack().equals("billing")
                        && d.kind().equals("added")
                        && d.address().startsWith("aws_db_instance."));
    }

    @Test
    void aChangeNoEnvironmentSettingExplainsIsUnexpected() throws IOException {
        Path tampered = temp.resolve("tampered");
        Path file = tampered.resolve("stacks/platform-staging/cdk.tf.json");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                Files.readString(temp.resolve("staging/stacks/platform-staging/cdk.tf.json"))
                        .replace("\"deletion_window_in_days\": 30", "\"deletion_window_in_days\": 7"));
        Environment staging = TestEnvironments.load("staging");
        var differences =
                EnvironmentDiff.between(staging, temp.resolve("staging"), staging, tampered, List.of("platform"));
        assertThat(differences).isNotEmpty().allSatisfy(d -> {
            assertThat(d.unexpected()).isTrue();
            assertThat(d.attribute()).isEqualTo("deletion_window_in_days");
        });
    }

    @Test
    void sameEnvironmentHasNoDifferences() {
        Environment staging = TestEnvironments.load("staging");
        assertThat(EnvironmentDiff.between(
                        staging,
                        temp.resolve("staging"),
                        staging,
                        temp.resolve("staging"),
                        List.of("platform", "observability", "scorecard", "billing", "compliance", "cloud-bus")))
                .isEmpty();
    }

    @Test
    void normalizationKeepsDevicePaths() {
        Environment dev = TestEnvironments.load("dev");
        assertThat(EnvironmentDiff.normalize("/dev/xvda", dev)).isEqualTo("/dev/xvda");
        assertThat(EnvironmentDiff.normalize("enis-dev-platform-eks", dev)).isEqualTo("enis-<env>-platform-eks");
        assertThat(EnvironmentDiff.normalize("enis/dev/billing/stripe-api-key", dev))
                .isEqualTo("enis/<env>/billing/stripe-api-key");
        assertThat(EnvironmentDiff.normalize("arn:aws:iam::111111111111:root", dev))
                .isEqualTo("arn:aws:iam::<account>:root");
    }
}
