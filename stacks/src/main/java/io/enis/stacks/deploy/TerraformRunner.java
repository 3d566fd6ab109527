package io.enis.stacks.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Terraform in one synthesized stack directory, non-interactively ({@code TF_IN_AUTOMATION},
 * {@code -input=false}) and with state locking: {@code init}, {@code plan -out=tfplan} plus a
 * markdown summary ({@code plan-summary.md}), {@code apply tfplan}. Terraform's output is echoed.
 */
public final class TerraformRunner {
    /** Plan file written next to the stack's cdk.tf.json. */
    public static final String PLAN_FILE = "tfplan";
    /** Markdown summary of the plan, for pull-request comments. */
    public static final String SUMMARY_FILE = "plan-summary.md";

    private static final Pattern PROVIDER =
            Pattern.compile("provider (registry\\.terraform\\.io/[a-z0-9-]+/[a-z0-9-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path terraform;
    private final PrintWriter out;

    public TerraformRunner(Path terraform, PrintWriter out) {
        this.terraform = terraform;
        this.out = out;
    }

    /**
     * Initializes and plans {@code stackDir}; returns the summary.
     *
     * @throws DeployException when providers cannot be installed (missing prerequisite) or a step fails
     */
    public PlanSummary plan(String stack, Path stackDir) {
        Result init = run(stackDir, "init", "-input=false", "-no-color");
        if (init.code() != 0) {
            throw diagnoseInit(stack, init.code(), init.output());
        }
        Result plan = run(
                stackDir, "plan", "-input=false", "-lock=true", "-lock-timeout=5m", "-no-color", "-out=" + PLAN_FILE);
        if (plan.code() != 0) {
            throw new DeployException(stack + ": terraform plan failed (exit " + plan.code() + ")", false);
        }
        Result show = run(stackDir, false, "show", "-json", PLAN_FILE);
        if (show.code() != 0) {
            throw new DeployException(stack + ": terraform show failed (exit " + show.code() + ")", false);
        }
        PlanSummary summary;
        try {
            summary = PlanSummary.of(stack, JSON.readTree(show.output()));
            Files.writeString(stackDir.resolve(SUMMARY_FILE), summary.markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot summarize the plan of " + stack, e);
        }
        return summary;
    }

    /**
     * Why {@code terraform init} failed: the state backend could not be reached (credentials not
     * valid, no network to AWS), the providers could not be installed (no registry access), or
     * something else. The first two are missing prerequisites, named with what to do.
     */
    static DeployException diagnoseInit(String stack, int code, String output) {
        if (output.contains("retrieving caller identity")
                || output.contains("validating provider credentials")
                || output.contains("Error configuring S3 Backend")
                || output.contains("S3 bucket does not exist")) {
            String cause = output.lines()
                    .filter(line -> line.startsWith("Error:"))
                    .findFirst()
                    .orElse("")
                    .replace("Error: ", "");
            return new DeployException(
                    stack + ": the S3 state backend could not be reached: " + cause
                            + "; check the AWS credentials, network access to AWS, and that the state bucket and lock table exist "
                            + "(docs/pipelines.md: bootstrap)",
                    true);
        }
        Set<String> providers = new LinkedHashSet<>();
        Matcher matcher = PROVIDER.matcher(output);
        while (matcher.find()) {
            providers.add(matcher.group(1));
        }
        if (!providers.isEmpty() || output.contains("Failed to query available provider packages")) {
            return new DeployException(
                    stack + ": terraform init could not install the providers " + providers
                            + " (no access to registry.terraform.io?); allow it, or configure a provider mirror with TF_CLI_CONFIG_FILE",
                    true);
        }
        return new DeployException(stack + ": terraform init failed (exit " + code + ")", false);
    }

    /**
     * Applies the saved plan of {@code stackDir}.
     *
     * @throws DeployException when apply fails
     */
    public void apply(String stack, Path stackDir) {
        Result apply = run(stackDir, "apply", "-input=false", "-lock=true", "-lock-timeout=5m", "-no-color", PLAN_FILE);
        if (apply.code() != 0) {
            throw new DeployException(stack + ": terraform apply failed (exit " + apply.code() + ")", false);
        }
    }

    record Result(int code, String output) {}

    private Result run(Path dir, String... args) {
        return run(dir, true, args);
    }

    private Result run(Path dir, boolean echo, String... args) {
        List<String> command = new ArrayList<>();
        command.add(terraform.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("TF_IN_AUTOMATION", "1");
        environment.put("TF_INPUT", "0");
        try {
            Process process = builder.start();
            StringBuilder output = new StringBuilder();
            try (var reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.append(line).append('\n');
                    if (echo) {
                        out.println(line);
                    }
                }
            }
            out.flush();
            return new Result(process.waitFor(), output.toString());
        } catch (IOException e) {
            throw new DeployException("cannot run " + terraform + ": " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("interrupted while running terraform " + args[0], false);
        }
    }
}
