package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflows pass actionlint (built into {@code test/tools/bin} by {@code test/tools/install.sh}, which the build runs), pin
 * every action by commit SHA and declare their permissions.
 */
class WorkflowsIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();
    private static final Path ACTIONLINT = HOME.resolve("test/tools/bin/actionlint");
    private static final Pattern USES = Pattern.compile("uses:\\s*([^\\s#]+)");

    @TempDir
    Path temp;

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(HOME.resolve(".github/workflows"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static String actionlint(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(ACTIONLINT.toString(), "-no-color"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return process.exitValue() + "\n" + output;
    }

    @Test
    void workflowsPassActionlint() throws Exception {
        assertThat(ACTIONLINT)
                .as("actionlint missing: run test/tools/install.sh (the test module's build runs it)")
                .isExecutable();
        assertThat(workflows()).isNotEmpty();
        assertThat(actionlint(workflows())).isEqualTo("0\n");
    }

    @Test
    void actionlintCatchesABrokenWorkflow() throws Exception {
        Path broken = temp.resolve("broken.yml");
        Files.writeString(
                broken,
                "on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.evnt }}\n");
        String result = actionlint(List.of(broken));
        assertThat(result).startsWith("1\n").contains("evnt");
    }

    @Test
    void actionsArePinnedBySha() throws IOException {
        List<Path> files = new ArrayList<>(workflows());
        try (Stream<Path> actions = Files.walk(HOME.resolve(".github/actions"))) {
            files.addAll(actions.filter(f -> f.getFileName().toString().equals("action.yml"))
                    .toList());
        }
        for (Path workflow : files) {
            String text = Files.readString(workflow);
            if (workflow.getParent().endsWith("workflows")) {
                assertThat(text).as(workflow + " declares permissions").contains("permissions:");
            }
            Matcher uses = USES.matcher(text);
            while (uses.find()) {
                String action = uses.group(1);
                if (!action.startsWith("./")) {
                    assertThat(action)
                            .as(workflow.getFileName() + " pins " + action)
                            .matches("[^@]+@[0-9a-f]{40}");
                }
            }
        }
    }
}
