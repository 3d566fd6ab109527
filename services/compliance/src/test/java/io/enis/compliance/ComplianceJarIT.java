package io.enis.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's command line: {@code --help} and configuration errors. */
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
                        "EVIDENCE_RETENTION_DAYS");
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
                        "EVIDENCE_RETENTION_DAYS",
                        "0",
                        "AUDIT_SIGNING_KEY",
                        "abc"));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(work.resolve("bad.log.err")))
                .contains(
                        "RATE_LIMIT_PER_MINUTE='lots'",
                        "PORT=-1",
                        "EVIDENCE_BUCKET=enis-prod-compliance-evidence: the S3 evidence store is not built yet",
                        "EVIDENCE_RETENTION_DAYS=0: must be between 1 and 36500",
                        "AUDIT_SIGNING_KEY and AUDIT_SIGNING_PUBLIC_KEY: set both or neither")
                .doesNotContain("\tat ");
    }
}
