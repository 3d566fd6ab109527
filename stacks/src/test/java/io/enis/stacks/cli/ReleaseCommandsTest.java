package io.enis.stacks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.enis.stacks.TestEnvironments;
import io.enis.stacks.release.ReleaseHistory;
import io.enis.stacks.release.VersionEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCommandsTest {
    @TempDir
    Path temp;

    Path envs;

    /** Stands still between commands unless a test moves it, so release ids are known in advance. */
    final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T09:30:00.250Z"));

    @BeforeEach
    void copyEnvironments() throws IOException {
        envs = TestEnvironments.copyTo(temp.resolve("environments"));
        Path staging = envs.resolve("staging.yaml");
        Files.writeString(
                staging,
                VersionEdit.apply(
                        Files.readString(staging), java.util.Map.of("billing", "1.1.0", "scorecard", "1.0.1")));
    }

    private CliRun infra(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--environments=" + envs;
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(clock, all);
    }

    @Test
    void dryRunShowsChangesAndDiffButChangesNothing() throws IOException {
        String before = Files.readString(envs.resolve("prod.yaml"));
        CliRun run = infra("promote", "--from", "staging", "--to", "prod", "--service", "billing", "--dry-run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "billing: 1.0.0 -> 1.1.0",
                        "synthesized diff of prod",
                        ":1.0.0 -> ",
                        ":1.1.0",
                        "dry run: environments/prod.yaml not changed");
        assertThat(run.out()).doesNotContain("scorecard: ");
        assertThat(Files.readString(envs.resolve("prod.yaml"))).isEqualTo(before);
        assertThat(envs.resolve("releases")).doesNotExist();
    }

    @Test
    void promoteCopiesOnlyVersionsKeepsCommentsAndRecordsTheRelease() throws IOException {
        String before = Files.readString(envs.resolve("prod.yaml"));
        CliRun run = infra("promote", "--from", "staging", "--to", "prod");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "billing: 1.0.0 -> 1.1.0",
                        "scorecard: 1.0.0 -> 1.0.1",
                        "recorded release prod-20260301T093000Z");
        String after = Files.readString(envs.resolve("prod.yaml"));
        assertThat(VersionEdit.versions(after))
                .containsEntry("billing", "1.1.0")
                .containsEntry("scorecard", "1.0.1")
                .containsEntry("observability", "1.0.0");
        assertThat(after.lines().filter(line -> line.contains("#")).toList())
                .isEqualTo(before.lines().filter(line -> line.contains("#")).toList());
        assertThat(after).contains("replicas: { min: 3, max: 10 }", "instanceClass: db.r6g.xlarge");
        var releases = new ReleaseHistory(envs, "prod").releases();
        assertThat(releases).singleElement().satisfies(r -> {
            assertThat(r.release()).isEqualTo("prod-20260301T093000Z");
            assertThat(r.at()).isEqualTo("2026-03-01T09:30:00Z");
            assertThat(r.from()).isEqualTo("staging");
            assertThat(r.to()).isEqualTo("prod");
            assertThat(r.versions()).containsEntry("billing", "1.1.0");
            assertThat(r.by()).isNotBlank();
        });
        assertThat(infra("promote", "--from", "staging", "--to", "prod").out())
                .contains("prod already runs these versions");
    }

    @Test
    void rollbackReturnsToTheReleaseBefore() throws IOException {
        assertThat(infra("promote", "--from", "staging", "--to", "prod", "--service", "billing")
                        .exitCode())
                .isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(infra("promote", "--from", "staging", "--to", "prod", "--service", "scorecard")
                        .exitCode())
                .isZero();
        clock.advance(Duration.ofMinutes(5));
        CliRun rollback = infra("rollback", "--env", "prod");
        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(rollback.out())
                .contains(
                        "rollback prod to prod-20260301T093000Z:",
                        "scorecard: 1.0.1 -> 1.0.0",
                        "recorded release prod-20260301T094000Z");
        assertThat(VersionEdit.versions(Files.readString(envs.resolve("prod.yaml"))))
                .containsEntry("scorecard", "1.0.0")
                .containsEntry("billing", "1.1.0");
        assertThat(new ReleaseHistory(envs, "prod").releases())
                .extracting(ReleaseHistory.Release::release, ReleaseHistory.Release::from)
                .containsExactly(
                        tuple("prod-20260301T093000Z", "staging"),
                        tuple("prod-20260301T093500Z", "staging"),
                        tuple("prod-20260301T094000Z", "rollback:prod-20260301T093000Z"));
    }

    @Test
    void refusedWhenTheTargetWouldFailItsPolicyAndNothingChanges() throws IOException {
        Path prod = envs.resolve("prod.yaml");
        Files.writeString(
                prod,
                Files.readString(prod)
                        .replace("failOn: high", "failOn: low")
                        .replace("  deletionProtection: true", "  deletionProtection: false"));
        String before = Files.readString(prod);
        CliRun run = infra("promote", "--from", "staging", "--to", "prod");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("error: policy medium ENIS-RDS-004", "refused: prod would fail its policy threshold");
        assertThat(Files.readString(prod)).isEqualTo(before);
        assertThat(envs.resolve("releases")).doesNotExist();
    }

    @Test
    void badInput() {
        CliRun unknownService = infra("promote", "--from", "staging", "--to", "prod", "--service", "payments");
        assertThat(unknownService.exitCode()).isEqualTo(2);
        assertThat(unknownService.err())
                .startsWith("--service: 'payments' has no version in staging; allowed: observability");
        CliRun noHistory = infra("rollback", "--env", "prod");
        assertThat(noHistory.exitCode()).isEqualTo(2);
        assertThat(noHistory.err()).startsWith("prod has 0 recorded release(s); a rollback needs an earlier one");
        assertThat(infra("promote", "--from", "staging", "--to", "qa").exitCode())
                .isEqualTo(2);
    }
}
