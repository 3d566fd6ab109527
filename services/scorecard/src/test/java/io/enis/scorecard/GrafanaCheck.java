package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code test/tools/bin/grafana-check} (built from {@code test/tools/grafana-check} by {@code .ci/run}
 * or {@code cd test/tools/grafana-check && GOBIN=$PWD/../bin go install .}) on dashboard JSON. The
 * validator is Grafana Labs' own: the Go types of {@code github.com/grafana/grafana-foundation-sdk}
 * (generated from Grafana's dashboard and panel-plugin schemas), decoded with their
 * {@code UnmarshalJSONStrict} — unknown fields, wrong types and missing required fields are errors,
 * and the stat and timeseries options, field config and Prometheus queries are decoded by their
 * plugins' types — then {@code Validate()}. Chosen over npm's {@code @grafana/schema}, which ships
 * TypeScript types and no JSON schema to check a document with, and over hand-written assertions,
 * which would only check what we believed. Without the binary the test is skipped, unless
 * {@code ENIS_REQUIRE_GRAFANA_CHECK=1} (.ci/run), which makes it fail.
 */
final class GrafanaCheck {
    private GrafanaCheck() {}

    /** The validator's binary, or an aborted test (failed under ENIS_REQUIRE_GRAFANA_CHECK=1). */
    static Path binary() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("test/tools/grafana-check"))) {
            dir = dir.getParent();
        }
        Path bin = dir == null ? null : dir.resolve("test/tools/bin/grafana-check");
        if (bin != null && Files.isExecutable(bin)) {
            return bin;
        }
        assertThat("1".equals(System.getenv("ENIS_REQUIRE_GRAFANA_CHECK")))
                .as("ENIS_REQUIRE_GRAFANA_CHECK=1 but test/tools/bin/grafana-check is missing "
                        + "(cd test/tools/grafana-check && GOBIN=$PWD/../bin go install .)")
                .isFalse();
        Assumptions.abort("no test/tools/bin/grafana-check");
        return null;
    }

    /** The validator's verdict on {@code json}: its output, and whether it passed. */
    record Verdict(boolean valid, String output) {}

    static Verdict check(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(binary().toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("grafana-check finished").isTrue();
        return new Verdict(p.exitValue() == 0, out);
    }
}
