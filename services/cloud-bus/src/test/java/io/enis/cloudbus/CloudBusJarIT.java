package io.enis.cloudbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's command line: {@code --help} and configuration errors. */
class CloudBusJarIT {
    private static final String JAR = System.getProperty("service.jar", "target/enis-cloud-bus.jar");

    @TempDir
    Path work;

    @Test
    void helpListsTheSettings() throws Exception {
        Process p = ServiceProcess.launch(JAR, work, "help.log", Map.of(), "--help");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("help.log")))
                .contains(
                        "REDIS_URL",
                        "REDIS_PASSWORD",
                        "DEDUP_WINDOW",
                        "CLAIM_TIMEOUT",
                        "(default: 15000)",
                        "OTEL_EXPORTER_OTLP_ENDPOINT",
                        "OTEL_SERVICE_NAME",
                        "(default: cloud-bus)");
    }

    @Test
    void badSettingsExitWith2NamingEachVariable() throws Exception {
        Process p = ServiceProcess.launch(
                JAR,
                work,
                "bad.log",
                Map.of("REDIS_URL", "http://cache:6379", "DEDUP_WINDOW", "a while", "DELIVERY_THREADS", "0"));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(work.resolve("bad.log.err")))
                .contains(
                        "REDIS_URL: must start with redis:// or rediss://",
                        "DEDUP_WINDOW='a while'",
                        "DELIVERY_THREADS=0: must be between 1 and 256")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnreachableRedisIsNamedAndExits1() throws Exception {
        Process p = ServiceProcess.launch(
                JAR,
                work,
                "redis.log",
                Map.of("REDIS_URL", "redis://127.0.0.1:1", "DATA_DIR", work.toString(), "PORT", "0"));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(work.resolve("redis.log.err")))
                .contains("cloud-bus: cannot start: Redis at redis://127.0.0.1:1 (REDIS_URL) is unreachable")
                .doesNotContain("\tat ");
    }
}
