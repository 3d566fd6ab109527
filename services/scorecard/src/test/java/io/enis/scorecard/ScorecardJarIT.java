package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's command line: {@code --help} and configuration errors. */
class ScorecardJarIT {
    private static final String JAR = System.getProperty("service.jar", "target/enis-scorecard.jar");

    @TempDir
    Path work;

    @Test
    void helpListsTheSettings() throws Exception {
        Process p = ServiceProcess.launch(JAR, work, "help.log", Map.of(), "--help");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("help.log")))
                .contains(
                        "MAX_VALUES_PER_REQUEST",
                        "TIME_ZONE",
                        "CLOSE_INTERVAL",
                        "DEFAULT_TIME_RANGE",
                        "OBSERVABILITY_URL",
                        "OBSERVABILITY_API_KEY",
                        "CLOUD_BUS_URL",
                        "CLOUD_BUS_API_KEY",
                        "JOBS_INTERVAL",
                        "(default: 10000)",
                        "(default: 8082)",
                        "DATABASE_URL",
                        "(default: scorecard)");
    }

    @Test
    void badSettingsExitWith2NamingEachVariable() throws Exception {
        Process p = ServiceProcess.launch(
                JAR,
                work,
                "bad.log",
                Map.of("TIME_ZONE", "Mars/Olympus", "CLOSE_INTERVAL", "often", "MAX_VALUES_PER_REQUEST", "0"));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(work.resolve("bad.log.err")))
                .contains(
                        "TIME_ZONE='Mars/Olympus': must be an IANA time zone",
                        "CLOSE_INTERVAL='often'",
                        "MAX_VALUES_PER_REQUEST=0: must be between 1 and 100000")
                .doesNotContain("\tat ");
    }
}
