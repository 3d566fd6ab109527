package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./infra} launcher, run as a user runs it, from the repository root. */
class InfraLauncherIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {}

    private Result infra(String... args) throws IOException, InterruptedException {
        return infra(java.util.Map.of(), args);
    }

    private Result infra(java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(HOME.resolve("infra").toString());
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(HOME.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("./infra finished").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void synthesizesEveryEnvironmentIntoValidTerraformJson() throws Exception {
        Path out = temp.resolve("cdktf.out");
        Result result = infra("synth", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String env : List.of("dev", "staging", "prod")) {
            for (String service : List.of("observability", "scorecard", "billing", "compliance", "cloud-bus")) {
                JsonNode serviceStack = json.readTree(out.resolve("stacks/" + service + "-" + env + "/cdk.tf.json")
                        .toFile());
                assertThat(serviceStack
                                .path("resource")
                                .path("kubernetes_deployment_v1")
                                .size())
                        .isEqualTo(1);
            }
            JsonNode stack = json.readTree(
                    out.resolve("stacks/platform-" + env + "/cdk.tf.json").toFile());
            assertThat(stack.at("/terraform/backend/s3/key").asText()).isEqualTo("enis/platform-" + env + ".tfstate");
            assertThat(stack.path("resource").path("aws_eks_cluster").size()).isEqualTo(1);
            assertThat(result.out()).containsPattern("platform-" + env + " +\\d{2,} +");
        }
        JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("stacks").size()).isEqualTo(18);
    }

    @Test
    void synthPrintsNoNodeVersionBanner() throws Exception {
        Result result = infra(
                "synth",
                "--env",
                "dev",
                "--stack",
                "observability",
                "--out",
                temp.resolve("o").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("!!").doesNotContainIgnoringCase("end-of-life");
    }

    @Test
    void aFailedBuildNamesTheModuleAndItsFirstErrors() throws Exception {
        // A checkout with nothing built, and a Maven that fails the way a compile error does: the
        // launcher's own reporting is what is under test here, not Maven.
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(HOME.resolve("infra"), checkout.resolve("infra"));
        checkout.resolve("infra").toFile().setExecutable(true);
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, """
                #!/usr/bin/env bash
                echo "[INFO] Building ENIS Cloud 0.1.0-SNAPSHOT                                 [1/5]"
                echo "[INFO] Building ENIS cdktf bindings 0.1.0-SNAPSHOT                        [2/5]"
                echo "bindings: cdktf-provider-helm 9.0.2 already in /m2, skipped"
                echo "[INFO] Building ENIS constructs 0.1.0-SNAPSHOT                            [3/5]"
                echo "[ERROR] COMPILATION ERROR :"
                echo "[ERROR] /src/Network.java:[12,8] cannot find symbol"
                echo "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) on project enis-constructs: Compilation failure"
                echo "[ERROR] -> [Help 1]"
                exit 1
                """);
        mvn.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("infra").toString(), "synth")
                .directory(checkout.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output)
                .contains(
                        "first build of this checkout",
                        "bindings: Kubernetes and Helm",
                        "compile: ENIS constructs",
                        "build failed in module enis-constructs",
                        "/src/Network.java:[12,8] cannot find symbol",
                        "target/infra-build.log")
                .doesNotContain("skipped", "Help 1", "[INFO]");
        assertThat(output.lines().filter(l -> l.contains("compile: ENIS constructs")))
                .singleElement()
                .asString()
                .matches("infra: +\\d+:\\d{2} compile: ENIS constructs");
    }

    @Test
    void writesWhereCdktfCliAsksThroughTheStagedOutput() throws Exception {
        Path out = temp.resolve("from-cdktf-cli");
        Result result = infra(java.util.Map.of("CDKTF_OUTDIR", out.toString()), "synth", "--env", "dev");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out.resolve("stacks/platform-dev/cdk.tf.json")).isRegularFile();
        assertThat(out.resolve("manifest.json")).isRegularFile();
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.contains("staging")))
                    .isEmpty();
        }
    }

    @Test
    void badInputExits2WithOneClearMessage() throws Exception {
        Result unknownEnv =
                infra("synth", "--env", "qa", "--out", temp.resolve("x").toString());
        assertThat(unknownEnv.exitCode()).isEqualTo(2);
        assertThat(unknownEnv.err())
                .contains("error: unknown environment 'qa'; allowed: dev, prod, staging, all")
                .doesNotContain("Exception");
        assertThat(temp.resolve("x")).doesNotExist();

        Result unknownStack =
                infra("synth", "--stack", "nope", "--out", temp.resolve("x").toString());
        assertThat(unknownStack.exitCode()).isEqualTo(2);
        assertThat(unknownStack.err())
                .contains("error: unknown stack 'nope'; allowed: platform, observability, scorecard");
    }

    @Test
    void helpAndVersion() throws Exception {
        Result help = infra("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: infra", "synth", "list");
        Result version = infra("--version");
        assertThat(version.out()).startsWith("infra ");
    }
}
