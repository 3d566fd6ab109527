package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./infra check --format sarif} over every shipped stack validates against the SARIF 2.1.0
 * JSON schema (draft-04; Microsoft's, from npm {@code @microsoft/jest-sarif}; {@code .ci/run} installs it).
 */
class PolicyReportsIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void sarifOfTheShippedStacksIsValidSarif210() throws Exception {
        Path schemaFile =
                HOME.resolve("test/tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
        assertThat(schemaFile)
                .as("SARIF schema missing: run test/tools/install.sh (the test module's build runs it)")
                .isRegularFile();
        Path sarif = temp.resolve("enis.sarif");
        Process check = new ProcessBuilder(
                        HOME.resolve("infra").toString(), "check", "--format", "sarif", "--output", sarif.toString())
                .directory(HOME.toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("check.log").toFile())
                .start();
        assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(check.exitValue())
                .as(Files.readString(temp.resolve("check.log")))
                .isZero();

        JsonNode report = JSON.readTree(sarif.toFile());
        var schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(schemaFile.toFile()));
        Set<ValidationMessage> errors = schema.validate(report);
        assertThat(errors).as("SARIF schema violations").isEmpty();
        assertThat(report.at("/runs/0/tool/driver/rules").size()).isGreaterThanOrEqualTo(40);
        assertThat(report.at("/runs/0/results").size()).isPositive();
        for (JsonNode result : report.at("/runs/0/results")) {
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                            .asText())
                    .endsWith("cdk.tf.json");
            assertThat(result.at("/locations/0/physicalLocation/region/startLine")
                            .asInt())
                    .isGreaterThan(1);
        }
    }
}
