package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./infra plan} and {@code apply} without network: each missing prerequisite is named,
 * exit code 2; prod refuses an unattended apply without --confirm-prod.
 */
class DeployIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();

    @TempDir
    Path temp;

    record Result(int exitCode, String output) {}

    private Result infra(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("infra").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
        builder.environment().put("HOME", temp.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String pathWithout(String tool) {
        List<String> kept = new ArrayList<>();
        for (String dir : System.getenv("PATH").split(":")) {
            if (!Files.isExecutable(Path.of(dir, tool))) {
                kept.add(dir);
            }
        }
        return String.join(":", kept);
    }

    @Test
    void missingCredentialsAreNamed() throws Exception {
        Result result = infra(
                Map.of(), "plan", "--env", "dev", "--out", temp.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains("error: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void missingTerraformIsNamed() throws Exception {
        Result result = infra(
                Map.of(
                        "AWS_ACCESS_KEY_ID",
                        "AKIAEXAMPLE",
                        "AWS_SECRET_ACCESS_KEY",
                        "example",
                        "PATH",
                        pathWithout("terraform")),
                "plan",
                "--env",
                "dev",
                "--out",
                temp.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("error: terraform not found on the PATH; install Terraform 1.5 or later");
    }

    @Test
    void unreachableStateBackendIsNamed() throws Exception {
        boolean terraform =
                System.getenv("PATH") != null && !pathWithout("terraform").equals(System.getenv("PATH"));
        assumeTrue(terraform, "terraform is not installed on this machine");
        Path noMirror = temp.resolve("terraformrc");
        Files.writeString(noMirror, "");
        Result result = infra(
                Map.of(
                        "AWS_ACCESS_KEY_ID",
                        "AKIAEXAMPLE",
                        "AWS_SECRET_ACCESS_KEY",
                        "example",
                        "TF_CLI_CONFIG_FILE",
                        noMirror.toString()),
                "plan",
                "--env",
                "dev",
                "--stack",
                "platform",
                "--out",
                temp.resolve("out").toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        // without network, terraform's S3 backend cannot validate the credentials: the first thing init needs
        assertThat(result.output())
                .contains("error: platform-dev: the S3 state backend could not be reached")
                .contains("check the AWS credentials, network access to AWS");
    }

    @Test
    void prodRefusesUnattendedApplyWithoutConfirmation() throws Exception {
        Result result = infra(
                Map.of("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY", "example"),
                "apply",
                "--env",
                "prod",
                "--auto-approve",
                "--out",
                temp.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("--auto-approve on prod needs --confirm-prod as well");
        assertThat(temp.resolve("out")).doesNotExist();
    }
}
