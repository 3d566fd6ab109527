package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.ServiceProcess;
import io.enis.policy.rules.Rules;
import io.enis.stacks.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./infra check --publish} against the compliance service started from its jar, as the deploy
 * workflow runs it after an apply: every synthesized stack of an environment is scanned by the service
 * and recorded as evidence of the audit; a wrong audit or key is refused with exit code 2.
 */
class CompliancePublishIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();
    private static final String ADMIN = "e2e-admin-key-0123456789abcdefghijklmnopqrstuvwxyz";

    @TempDir
    Path work;

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    record Run(int code, String out, String err) {}

    private static Run infra(Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Clock.systemUTC(), variables);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theSynthesizedStacksOfAnEnvironmentBecomeEvidenceOfTheAudit() throws Exception {
        Path jar = HOME.resolve("services/compliance/target/enis-compliance.jar");
        assertThat(jar).as("build the services first (mvn package)").exists();
        // 3 minutes to be ready instead of 30 s: a loaded CI machine starts the jar slowly
        var compliance = ServiceProcess.startReady(
                jar.toString(),
                Files.createDirectories(work.resolve("compliance")),
                "stdout.log",
                Map.of(
                        "ENIS_ADMIN_API_KEY",
                        ADMIN,
                        "DATA_DIR",
                        work.resolve("data").toString()),
                Duration.ofMinutes(3));
        process = compliance.process();
        var admin = compliance.client(ADMIN);
        var audit = admin.post("/v1/compliance/audit", """
                {"name": "dev continuous", "scope": "the dev environment", "frameworks": ["ISO27001", "SOC2"]}""");
        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        String id = audit.json().get("id").asText();
        var key = admin.post("/v1/admin/keys", "{\"name\": \"deploy-workflow\", \"scopes\": [\"compliance:write\"]}");
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        Map<String, String> variables =
                Map.of("ENIS_COMPLIANCE_API_KEY", key.json().get("key").asText());
        String scan = compliance.baseUrl() + "/v1/compliance/audit/" + id + "/scan";
        String envs = "--environments=" + HOME.resolve("environments");

        Run run = infra(variables, envs, "check", "--env", "dev", "--publish", scan);
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> published =
                run.out().lines().filter(l -> l.startsWith("published ")).toList();
        int rules = Rules.all().size(); // every rule is evidence: passing or failing
        assertThat(published).hasSize(6).allMatch(l -> l.contains(" to audit " + id + ": " + rules + " rules, "));

        JsonNode evidence =
                admin.get("/v1/compliance/audit/" + id + "/evidence").json().get("evidence");
        TreeSet<String> stacks = new TreeSet<>();
        List<String> hashes = new ArrayList<>();
        evidence.forEach(e -> {
            stacks.add(e.get("detail").get("stack").asText());
            hashes.add(e.get("sha256").asText());
        });
        assertThat(evidence).hasSize(6 * rules);
        assertThat(stacks)
                .containsExactly(
                        "billing-dev",
                        "cloud-bus-dev",
                        "compliance-dev",
                        "observability-dev",
                        "platform-dev",
                        "scorecard-dev");
        assertThat(new TreeSet<>(hashes)).hasSize(6);
        var log = admin.get("/v1/compliance/audit-log?limit=1000").json().get("entries");
        assertThat(log.findValuesAsText("action").stream().filter("scan.recorded"::equals))
                .hasSize(6);

        Run unknown = infra(
                variables,
                envs,
                "check",
                "--env",
                "dev",
                "--stack",
                "platform",
                "--publish",
                scan.replace(id, "aud_unknown"));
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("error: --publish: the compliance service answered 404 for platform-dev");
        Run wrongKey = infra(
                Map.of("ENIS_COMPLIANCE_API_KEY", "not-a-key-of-this-service-0123456789"),
                envs,
                "check",
                "--env",
                "dev",
                "--stack",
                "platform",
                "--publish",
                scan);
        assertThat(wrongKey.code()).isEqualTo(2);
        assertThat(wrongKey.err()).contains("answered 401");
    }
}
