package io.enis.stacks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.stacks.TestEnvironments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String ENVS = "--environments=" + TestEnvironments.DIRECTORY;
    private static final String FOREIGN = """
            {"resource":{"aws_security_group":{"admin":{"description":"admin",
              "ingress":[{"from_port":22,"to_port":22,"protocol":"tcp","cidr_blocks":["0.0.0.0/0"]}]}},
             "aws_subnet":{"s":{"map_public_ip_on_launch":true}}}}
            """;

    @TempDir
    Path temp;

    private Path foreign() throws IOException {
        Path file = temp.resolve("main.tf.json");
        Files.writeString(file, FOREIGN);
        return file;
    }

    @Test
    void shippedStacksPassTheirThresholds() {
        CliRun run = CliRun.of(ENVS, "check");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 critical, 0 high").contains("suppressed");
        assertThat(run.out()).doesNotContain("CRITICAL ", "HIGH ");
    }

    @Test
    void anyTerraformJsonCanBeChecked() throws IOException {
        CliRun run = CliRun.of("check", "--file", foreign().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "CRITICAL ENIS-NET-003", "main.tf.json aws_security_group.admin: admits 0.0.0.0/0 to port 22");
        assertThat(run.err()).contains("finding(s) at or above the threshold");
        assertThat(CliRun.of("check", "--file", foreign().toString(), "--fail-on", "none")
                        .exitCode())
                .isZero();
    }

    @Test
    void jsonReportIsMachineReadable() throws IOException {
        CliRun run = CliRun.of("check", "--file", foreign().toString(), "--format", "json", "--fail-on", "none");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.path("findings").get(0).path("ruleId").asText()).isEqualTo("ENIS-NET-003");
    }

    @Test
    void sarifGoesToAFile() throws IOException {
        Path sarif = temp.resolve("report.sarif");
        CliRun run = CliRun.of(
                "check",
                "--file",
                foreign().toString(),
                "--format",
                "sarif",
                "--output",
                sarif.toString(),
                "--fail-on",
                "none");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void summaryPrintsTheFrameworkTable() throws IOException {
        CliRun run = CliRun.of("check", "--file", foreign().toString(), "--summary", "--fail-on", "none");
        assertThat(run.out()).startsWith("FRAMEWORK").contains("PCI DSS v4.0", "GDPR");
    }

    @Test
    void badInputExits2() throws IOException {
        CliRun format = CliRun.of("check", "--file", foreign().toString(), "--format", "html");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).startsWith("--format: 'html' is not a format; allowed: text, json, sarif, junit");
        CliRun missing = CliRun.of("check", "--file", temp.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: " + temp.resolve("nope.json") + ": no such file\n");
        Path notTerraform = temp.resolve("package.json");
        Files.writeString(notTerraform, "{\"name\":\"x\"}");
        CliRun wrong = CliRun.of("check", "--file", notTerraform.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("has no resource, data, provider or terraform block");
        CliRun both = CliRun.of("check", "--file", foreign().toString(), "--env", "dev");
        assertThat(both.exitCode()).isEqualTo(2);
    }

    @Test
    void diffBetweenEnvironments() throws IOException {
        CliRun json =
                CliRun.of(ENVS, "diff", "--from", "staging", "--to", "prod", "--stack", "billing", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        var report = new ObjectMapper().readTree(json.out());
        assertThat(report.path("unexpected").asInt()).isZero();
        assertThat(report.path("differences").size()).isPositive();
        CliRun text = CliRun.of(ENVS, "diff", "--from", "dev", "--to", "staging", "--stack", "platform");
        assertThat(text.out())
                .contains("env        added    platform      aws_nat_gateway.")
                .contains("dev -> staging:");
        CliRun bad = CliRun.of(ENVS, "diff", "--from", "dev", "--to", "qa");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: unknown environment 'qa'; allowed: dev, prod, staging\n");
    }

    @Test
    void policyDocListsTheCurrentRules() throws IOException {
        Path doc = Path.of("..", "docs", "policy.md");
        String catalog = CliRun.of("check", "--rules").out();
        assertThat(catalog).contains("| ENIS-S3-001 | high |");
        String markdown = Files.readString(doc);
        assertThat(MarkdownBlock.replace(markdown, "rules", catalog, doc))
                .as("docs/policy.md lists stale rules; run ./infra check --rules --embed docs/policy.md")
                .isEqualTo(markdown);
    }

    @Test
    void synthFailsWhenAnEnvironmentsThresholdIsBroken() throws IOException {
        Path envs = TestEnvironments.copyTo(temp.resolve("environments"));
        Path dev = envs.resolve("dev.yaml");
        Files.writeString(dev, Files.readString(dev).replace("failOn: critical", "failOn: medium"));
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("--environments=" + envs, "synth", "--env", "dev", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: policy medium ENIS-RDS-004 platform-dev", "policy check failed");
        assertThat(out.resolve("stacks/platform-dev/cdk.tf.json")).isRegularFile();
    }
}
