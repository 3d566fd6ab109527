package io.enis.constructs.k8s;

import io.enis.constructs.core.Require;

/**
 * A value in AWS Secrets Manager that a workload receives as an environment variable, synced into
 * a Kubernetes Secret by External Secrets.
 *
 * @param secretName the Secrets Manager secret name or ARN (may be a Terraform reference)
 * @param property a JSON key inside the secret value, or {@code null} for the whole value
 */
public record SecretSource(String secretName, String property) {
    public SecretSource {
        Require.of("SecretSource").text("secretName", secretName);
    }

    /** The whole value of a secret. */
    public static SecretSource of(String secretName) {
        return new SecretSource(secretName, null);
    }

    /** One JSON key of a secret's value, e.g. {@code password} of an RDS master secret. */
    public static SecretSource of(String secretName, String property) {
        return new SecretSource(secretName, property);
    }
}
