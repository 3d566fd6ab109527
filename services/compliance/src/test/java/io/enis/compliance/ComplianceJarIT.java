package io.enis.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.evidence.S3Bucket;
import io.enis.compliance.testing.MotoServer;
import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's command line: {@code --help}, configuration errors, and a start on an S3 evidence bucket. */
class ComplianceJarIT {
    private static final String JAR = System.getProperty("service.jar", "target/enis-compliance.jar");

    @TempDir
    Path work;

    @Test
    void helpListsTheSettings() throws Exception {
        Process p = ServiceProcess.launch(JAR, work, "help.log", Map.of(), "--help");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("help.log")))
                .contains(
                        "enis-compliance.jar",
                        "(default: 3000)",
                        "(default: 8084)",
                        "(default: compliance)",
                        "AUDIT_SIGNING_KEY",
                        "an ephemeral key is generated",
                        "AUDIT_SIGNING_PUBLIC_KEY",
                        "AUDIT_DIGEST_INTERVAL",
                        "EVIDENCE_DIR",
                        "EVIDENCE_BUCKET",
                        "EVIDENCE_S3_ENDPOINT",
                        "AWS_ENDPOINT_URL_S3",
                        "AWS_REGION",
                        "EVIDENCE_RETENTION_DAYS",
                        "TRUSTED_PROXIES");
    }

    @Test
    void badSettingsExitWith2NamingEachVariable() throws Exception {
        Process p = ServiceProcess.launch(
                JAR,
                work,
                "bad.log",
                Map.of(
                        "RATE_LIMIT_PER_MINUTE",
                        "lots",
                        "PORT",
                        "-1",
                        "EVIDENCE_BUCKET",
                        "enis-prod-compliance-evidence",
                        "EVIDENCE_S3_ENDPOINT",
                        "ftp://127.0.0.1",
                        "EVIDENCE_RETENTION_DAYS",
                        "0",
                        "AUDIT_SIGNING_KEY",
                        "abc",
                        "TRUSTED_PROXIES",
                        "10.30.0.0/24,10.30.1.0/33"));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(work.resolve("bad.log.err")))
                .contains(
                        "RATE_LIMIT_PER_MINUTE='lots'",
                        "PORT=-1",
                        "EVIDENCE_S3_ENDPOINT=ftp://127.0.0.1: must be an http:// or https:// URL",
                        "EVIDENCE_RETENTION_DAYS=0: must be between 1 and 36500",
                        "AUDIT_SIGNING_KEY and AUDIT_SIGNING_PUBLIC_KEY: set both or neither",
                        "TRUSTED_PROXIES='10.30.0.0/24,10.30.1.0/33': '10.30.1.0/33' is not an IPv4 or IPv6")
                .doesNotContain("\tat ");
    }

    @Test
    void startsWithAnS3EvidenceBucketAndKeepsUploadsThereLocked() throws Exception {
        try (MotoServer moto = MotoServer.startOrSkip()) {
            S3Bucket bucket = moto.bucket(true);
            Map<String, String> env = new HashMap<>(moto.settings(bucket, 7));
            env.putAll(Map.of(
                    "DATA_DIR",
                    work.toString(),
                    "ENIS_ADMIN_API_KEY",
                    TestStores.ADMIN_KEY,
                    "AWS_ACCESS_KEY_ID",
                    "test",
                    "AWS_SECRET_ACCESS_KEY",
                    "test"));
            var started = ServiceProcess.start(JAR, work, "s3.log", env);
            Process p = started.process();
            try {
                var client = started.client(TestStores.ADMIN_KEY);
                ServiceProcess.awaitReady(client, p);
                var audit = client.post(
                        "/v1/compliance/audit", "{\"name\": \"a\", \"scope\": \"b\", \"frameworks\": [\"ISO27001\"]}");
                assertThat(audit.status()).isEqualTo(201);
                byte[] file = "restore test".getBytes(StandardCharsets.UTF_8);
                var created = client.sendBytes(
                        "POST",
                        "/v1/compliance/audit/" + audit.json().get("id").asText()
                                + "/evidence/files?title=t&controls=ISO27001:A.8.13&sha256=" + Sha256.hex(file),
                        file,
                        "text/plain",
                        Map.of());
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                Instant retainUntil =
                        Instant.parse(created.json().get("retainUntil").asText());
                assertThat(retainUntil)
                        .isBetween(
                                Instant.now().plus(Duration.ofDays(7)).minus(Duration.ofMinutes(5)),
                                Instant.now().plus(Duration.ofDays(7)));
            } finally {
                p.destroy();
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(work.resolve("s3.log")) + Files.readString(work.resolve("s3.log.err")))
                    .contains("S3 bucket " + bucket.name());
        }
    }
}
