package io.enis.stacks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The stacks' required Terraform version is the one the pipelines install. */
class TerraformVersionTest {
    private static final Path GITHUB = Path.of("..", ".github");
    private static final Pattern INSTALLED = Pattern.compile("terraform_version:\\s*\"?([^\\s\"#]+)");

    /** Every {@code terraform_version} the workflows and their actions install. */
    private static List<String> installedVersions() throws IOException {
        List<String> versions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GITHUB)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                Matcher matcher = INSTALLED.matcher(Files.readString(file));
                while (matcher.find()) {
                    versions.add(matcher.group(1));
                }
            }
        }
        return versions;
    }

    @Test
    void thePipelinesInstallTheVersionTheStacksRequire() throws IOException {
        assertThat(installedVersions())
                .as("terraform_version in .github/")
                .isNotEmpty()
                .containsOnly(TerraformVersion.PIPELINE);
        assertThat(TerraformVersion.CONSTRAINT).isEqualTo(">= " + TerraformVersion.PIPELINE + ", < 2.0.0");
    }
}
