package io.enis.stacks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.stacks.TestEnvironments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GraphCommandTest {
    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");

    @Test
    void graphShowsStacksResourcesAndRemoteStateEdges() {
        CliRun run = CliRun.of("--environments=" + TestEnvironments.DIRECTORY, "graph", "--env", "staging");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("flowchart LR\n")
                .contains(
                        "subgraph platform_staging[\"platform-staging\"]",
                        "EKS enis-staging-platform-eks",
                        "Helm release kube-prometheus-stack",
                        "Deployment billing",
                        "billing_staging -->|remote state| platform_staging");
    }

    @Test
    void architectureDocEmbedsTheCurrentGraph() throws IOException {
        CliRun run = CliRun.of("--environments=" + TestEnvironments.DIRECTORY, "graph", "--env", "dev");
        String doc = Files.readString(ARCHITECTURE);
        assertThat(GraphCommand.embedded(doc, run.out(), ARCHITECTURE))
                .as("docs/architecture.md has a stale graph; run ./infra graph --env dev --embed docs/architecture.md")
                .isEqualTo(doc);
    }

    @Test
    void embedIntoAMissingFileIsBadInput() {
        CliRun run = CliRun.of("--environments=" + TestEnvironments.DIRECTORY, "graph", "--embed", "no-such.md");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--embed: no-such.md is not a file\nUsage: infra graph");
    }

    @Test
    void embedNeedsTheMarkers() {
        assertThatThrownBy(() -> GraphCommand.embedded("# no markers", "flowchart LR\n", Path.of("x.md")))
                .hasMessageContaining("x.md has no graph block");
    }
}
