package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every alert expression of every synthesized stack parses with Prometheus's own PromQL grammar
 * ({@code test/tools/check.mjs}, {@code @prometheus-io/lezer-promql}; the build installs it with {@code test/tools/install.sh}).
 */
class AlertRulesIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyAlertExpressionIsValidPromQl() throws Exception {
        Path checker = HOME.resolve("test/tools");
        assertThat(checker.resolve("node_modules/@prometheus-io/lezer-promql"))
                .as("PromQL grammar missing: run test/tools/install.sh (the test module's build runs it)")
                .isDirectory();
        Path out = temp.resolve("out");
        Process synth = new ProcessBuilder(HOME.resolve("infra").toString(), "synth", "--out", out.toString())
                .directory(HOME.toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("synth.log").toFile())
                .start();
        assertThat(synth.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(synth.exitValue())
                .as(Files.readString(temp.resolve("synth.log")))
                .isZero();

        ArrayNode rules = JSON.createArrayNode();
        try (Stream<Path> files = Files.walk(out.resolve("stacks"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("cdk.tf.json")).toList()) {
                for (JsonNode manifest :
                        JSON.readTree(file.toFile()).path("resource").path("kubernetes_manifest")) {
                    if (manifest.at("/manifest/kind").asText().equals("PrometheusRule")) {
                        for (JsonNode rule : manifest.at("/manifest/spec/groups/0/rules")) {
                            rules.addObject()
                                    .put(
                                            "name",
                                            file.getParent().getFileName() + "/"
                                                    + rule.path("alert").asText())
                                    .put("expr", rule.path("expr").asText());
                        }
                    }
                }
            }
        }
        assertThat(rules.size()).isEqualTo(15 * 6);
        Path input = temp.resolve("rules.json");
        JSON.writeValue(input.toFile(), rules);
        Process check = new ProcessBuilder("node", checker.resolve("check.mjs").toString(), input.toString())
                .redirectErrorStream(true)
                .start();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(check.exitValue()).as(report).isZero();
        assertThat(report).contains("90 of 90 expressions parse");
    }
}
