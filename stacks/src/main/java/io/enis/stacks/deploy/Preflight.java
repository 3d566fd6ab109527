package io.enis.stacks.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What must be in place before Terraform can plan: the {@code terraform} binary (on the PATH, or
 * {@code ENIS_TERRAFORM}) and AWS credentials of some kind (environment keys, a profile, web
 * identity as in CI, container credentials, or an AWS config file). Only presence is checked —
 * whether the credentials work, Terraform finds out.
 */
public final class Preflight {
    private Preflight() {}

    /**
     * The terraform binary.
     *
     * @throws DeployException naming what is missing and how to get it
     */
    public static Path terraform(Map<String, String> environment) {
        String explicit = environment.get("ENIS_TERRAFORM");
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit);
            if (Files.isExecutable(path)) {
                return path;
            }
            throw new DeployException("ENIS_TERRAFORM=" + explicit + " is not an executable file", true);
        }
        return onPath(environment, "terraform")
                .orElseThrow(() -> new DeployException(
                        "terraform not found on the PATH; install Terraform 1.5 or later (https://developer.hashicorp.com/terraform/install) "
                                + "or set ENIS_TERRAFORM to its path",
                        true));
    }

    /**
     * Checks that some AWS credentials are configured.
     *
     * @throws DeployException listing the sources looked at
     */
    public static void awsCredentials(Map<String, String> environment, Path home) {
        List<String> present = new ArrayList<>();
        if (environment.containsKey("AWS_ACCESS_KEY_ID") && environment.containsKey("AWS_SECRET_ACCESS_KEY")) {
            present.add("keys");
        }
        for (String variable : List.of(
                "AWS_PROFILE",
                "AWS_WEB_IDENTITY_TOKEN_FILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
            if (environment.containsKey(variable)) {
                present.add(variable);
            }
        }
        if (Files.isRegularFile(home.resolve(".aws/credentials")) || Files.isRegularFile(home.resolve(".aws/config"))) {
            present.add("~/.aws");
        }
        if (present.isEmpty()) {
            throw new DeployException(
                    "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, "
                            + "or AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN (CI with OIDC), or create ~/.aws/credentials",
                    true);
        }
    }

    private static Optional<Path> onPath(Map<String, String> environment, String name) {
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isBlank()) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
