package io.enis.stacks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.constructs.core.InvalidPropsException;
import io.enis.stacks.TestEnvironments;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class InfraCliTest {
    private static final String ENVS = "--environments=" + TestEnvironments.DIRECTORY;

    @TempDir
    Path temp;

    @Test
    void synthWritesEveryEnvironmentAndPrintsTable() {
        Path out = temp.resolve("cdktf.out");
        CliRun run = CliRun.of(ENVS, "synth", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String env : new String[] {"dev", "staging", "prod"}) {
            assertThat(out.resolve("stacks/platform-" + env + "/cdk.tf.json")).isRegularFile();
            assertThat(run.out()).containsPattern("platform-" + env + " +\\d+ ");
        }
        assertThat(out.resolve("manifest.json")).isRegularFile();
        assertThat(run.out()).contains("STACK", "RESOURCES", "OUTPUT", "TIME").contains("18 stack(s)");
        for (String stack : new String[] {"observability", "scorecard", "billing", "compliance", "cloud-bus"}) {
            assertThat(out.resolve("stacks/" + stack + "-prod/cdk.tf.json")).isRegularFile();
        }
    }

    @Test
    void synthOfOneStackId() {
        Path out = temp.resolve("out");
        CliRun run =
                CliRun.of(ENVS, "synth", "--stack", "platform-staging", "--env", "staging", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("stacks/platform-staging/cdk.tf.json")).isRegularFile();
        assertThat(out.resolve("stacks/platform-dev")).doesNotExist();
    }

    @Test
    void aServiceStackBringsThePlatformItReferences() {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of(ENVS, "synth", "--stack", "billing", "--env", "dev", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("stacks/billing-dev/cdk.tf.json")).isRegularFile();
        assertThat(out.resolve("stacks/platform-dev/cdk.tf.json")).isRegularFile();
        assertThat(out.resolve("stacks/scorecard-dev")).doesNotExist();
        assertThat(run.out()).contains("2 stack(s)");
    }

    @Test
    void unknownEnvironmentListsValidNamesAndExits2() {
        CliRun run = CliRun.of(
                ENVS, "synth", "--env", "qa", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: unknown environment 'qa'; allowed: dev, prod, staging, all\n");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plan --env all",
                "apply --env all",
                "rollback --env all",
                "diff --from all --to prod",
                "promote --from staging --to all"
            })
    void singleEnvironmentCommandsRefuseAll(String command) {
        CliRun run = CliRun.of((ENVS + " " + command).split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: unknown environment 'all'; allowed: dev, prod, staging\n");
    }

    @Test
    void unknownStackListsValidNamesAndExits2() {
        CliRun run = CliRun.of(
                ENVS,
                "synth",
                "--env",
                "dev",
                "--stack",
                "payments",
                "--out",
                temp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "error: unknown stack 'payments'; allowed: platform, observability, scorecard, billing, "
                                + "compliance, cloud-bus, bootstrap, platform-dev, observability-dev, scorecard-dev, billing-dev, compliance-dev, cloud-bus-dev\n");
    }

    @Test
    void invalidEnvironmentReportsEveryErrorAndKeepsPreviousOutput() throws IOException {
        Path envs = TestEnvironments.copyTo(temp.resolve("environments"));
        Path out = temp.resolve("cdktf.out");
        assertThat(CliRun.of("--environments=" + envs, "synth", "--env", "dev", "--out", out.toString())
                        .exitCode())
                .isZero();
        String before = Files.readString(out.resolve("stacks/platform-dev/cdk.tf.json"));

        Path prod = envs.resolve("prod.yaml");
        Files.writeString(
                prod,
                Files.readString(prod)
                        .replace("vpcCidr: 10.30.0.0/16", "vpcCidr: 10.30.0.0/33")
                        .replace("natGateways: perAz", "natGateways: always"));
        CliRun run = CliRun.of("--environments=" + envs, "synth", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactlyInAnyOrder(
                        "error: " + prod
                                + ": network.natGateways: 'always' is not allowed; allowed: none, one (shared) or perAz (one per availability zone)",
                        "error: " + prod
                                + ": network.vpcCidr: '10.30.0.0/33' is not an IPv4 CIDR; allowed: a.b.c.d/n such as 10.20.0.0/16");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out.resolve("stacks/platform-dev/cdk.tf.json")))
                .isEqualTo(before);
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("environments", "cdktf.out");
        }
    }

    @Test
    void invalidYamlIsBadInput() throws IOException {
        Path envs = TestEnvironments.copyTo(temp.resolve("environments"));
        Files.writeString(envs.resolve("dev.yaml"), "name: dev\n  account: : :\n");
        CliRun run = CliRun.of(
                "--environments=" + envs,
                "synth",
                "--env",
                "dev",
                "--out",
                temp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("error: " + envs.resolve("dev.yaml") + ": line 2, column ")
                .contains("invalid YAML");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void refusedConstructPropsAreBadInput() {
        StringWriter err = new StringWriter();
        int code = ErrorReporter.print(
                new InvalidPropsException("EksClusterProps", "publicAccessCidrs", "is empty"),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: EksClusterProps.publicAccessCidrs: is empty\n");
    }

    @Test
    void unexpectedFailureExits1WithoutStackTrace() {
        StringWriter err = new StringWriter();
        int code = ErrorReporter.print(new IllegalStateException("boom"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: synth failed: java.lang.IllegalStateException: boom\n");
    }

    @Test
    void listShowsEnvironmentsAndStacks() {
        CliRun run = CliRun.of(ENVS, "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "dev          platform-dev observability-dev scorecard-dev billing-dev compliance-dev cloud-bus-dev",
                        "prod         platform-prod",
                        "staging      platform-staging");
    }

    @Test
    void listAsJsonForPipelines() throws Exception {
        CliRun run = CliRun.of(ENVS, "list", "--json");
        assertThat(run.exitCode()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        var prod = json.get(1);
        assertThat(prod.path("environment").asText()).isEqualTo("prod");
        assertThat(prod.path("applyRoleArn").asText()).isEqualTo("arn:aws:iam::333333333333:role/enis-prod-ci-apply");
        assertThat(prod.path("confirmApply").asBoolean()).isTrue();
        assertThat(prod.path("stacks")).hasSize(6);
    }

    @Test
    void helpOnEveryCommandAndVersion() {
        assertThat(CliRun.of("--help").out()).contains("synth", "list", "Exit codes");
        assertThat(CliRun.of("synth", "--help").out()).contains("--env", "--stack", "--out", "--watch");
        assertThat(CliRun.of("list", "--help").out()).contains("Lists the environments");
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("infra 0.1.0-SNAPSHOT").contains("cdktf 0.19.2", "AWS provider 18.0.3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "apply", "rollback"})
    void singleEnvironmentCommandsNeedEnv(String command) {
        CliRun run = CliRun.of(ENVS, command);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("Missing required option: '--env=ENV'\nUsage: infra " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--env", "--stack", "--out"})
    void sharedOptionsAreDeclaredOnceForEveryCommand(String option) {
        var commands = new CommandLine(new InfraCommand(Clock.systemUTC())).getSubcommands();
        List<String> declaring = new ArrayList<>();
        Set<Object> declarations = new HashSet<>();
        commands.forEach((name, command) -> {
            var spec = command.getCommandSpec().findOption(option);
            if (spec != null) {
                declaring.add(name);
                declarations.add(List.of(
                        spec.paramLabel(),
                        List.of(spec.description()),
                        spec.required(),
                        String.valueOf(spec.defaultValue())));
            }
        });
        assertThat(declaring).as("commands with " + option).hasSizeGreaterThan(1);
        assertThat(declarations)
                .as("one declaration of " + option + " in " + declaring)
                .hasSize(1);
    }

    @Test
    void everyCommandStatesItsExitCodes() {
        new CommandLine(new InfraCommand(Clock.systemUTC()))
                .getSubcommands()
                .forEach((name, command) -> assertThat(String.join(
                                "\n", command.getCommandSpec().usageMessage().footer()))
                        .as(name + " --help")
                        .contains("Exit codes: 0 "));
    }

    @Test
    void unknownOptionIsUsageError() {
        CliRun run = CliRun.of("synth", "--environment", "dev");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--environment'", "Possible solutions: --env");
    }
}
