package io.enis.stacks.services;

import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.k8s.EgressRule;
import io.enis.constructs.k8s.SecretSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one service needs beyond what every service gets: configuration, secrets (and the right
 * to read them), AWS permissions, network destinations, callers. Collected by a service stack,
 * then handed to {@link ServiceStack#deploy}.
 */
final class ServiceWiring {
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, SecretSource> secrets = new LinkedHashMap<>();
    private final List<String> secretArns = new ArrayList<>();
    private final List<Permission> permissions = new ArrayList<>();
    private final List<EgressRule> egress = new ArrayList<>();
    private final List<String> callers = new ArrayList<>();

    /** A plain configuration variable. */
    ServiceWiring env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** A variable read from a Secrets Manager secret (ARN), optionally one JSON key of it; the role may read the secret. */
    ServiceWiring secret(String name, String secretArn, String property) {
        secrets.put(name, SecretSource.of(secretArn, property));
        if (!secretArns.contains(secretArn)) {
            secretArns.add(secretArn);
        }
        return this;
    }

    /**
     * Access to one of the service's buckets: its name as {@code variable}, {@code objectActions} on
     * its objects, {@code bucketActions} on the bucket, and use of {@code keyArn} to encrypt and decrypt.
     */
    ServiceWiring bucket(String variable, String prefix, SecureBucket bucket, String keyArn,
            List<String> objectActions, List<String> bucketActions) {
        env(variable, bucket.bucketName());
        permissions.add(Permission.allow(prefix + "Objects", objectActions, List.of(bucket.arn() + "/*")));
        permissions.add(Permission.allow(prefix + "Bucket", bucketActions, List.of(bucket.arn())));
        permissions.add(Permission.allow(prefix + "Key", List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"),
                List.of(keyArn)));
        return this;
    }

    ServiceWiring permission(Permission permission) {
        permissions.add(permission);
        return this;
    }

    ServiceWiring egress(String name, String cidr, int port) {
        egress.add(new EgressRule(name, cidr, port));
        return this;
    }

    ServiceWiring callers(List<String> namespaces) {
        callers.addAll(namespaces);
        return this;
    }

    Map<String, String> env() {
        return env;
    }

    Map<String, SecretSource> secrets() {
        return secrets;
    }

    /** The service's permissions, including reading its secrets. */
    List<Permission> permissions() {
        List<Permission> all = new ArrayList<>(permissions);
        if (!secretArns.isEmpty()) {
            all.add(Permission.allow("ReadOwnSecrets", List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                    secretArns));
        }
        return all;
    }

    List<EgressRule> egress() {
        return egress;
    }

    List<String> callers() {
        return callers;
    }
}
