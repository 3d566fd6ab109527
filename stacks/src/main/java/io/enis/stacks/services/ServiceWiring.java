package io.enis.stacks.services;

import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.k8s.EgressRule;
import io.enis.constructs.k8s.SecretSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one service needs beyond what every service gets: configuration, secrets (and the right
 * to read them), AWS permissions, network destinations, callers. Collected by a service stack,
 * then handed to {@link ServiceStack#deploy}.
 */
final class ServiceWiring {
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, SecretSource> secrets = new LinkedHashMap<>();
    private final List<String> secretArns = new ArrayList<>();
    private final List<Consumer<ServiceRole>> grants = new ArrayList<>();
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
     * One of the service's buckets: its name as {@code variable}, and access through one of its
     * grants, e.g. {@code SecureBucket::grantReadWrite}.
     */
    ServiceWiring bucket(String variable, SecureBucket bucket, BiConsumer<SecureBucket, ServiceRole> grant) {
        env(variable, bucket.bucketName());
        grants.add(role -> grant.accept(bucket, role));
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

    /** Gives {@code role} the service's access: its buckets, then reading its secrets. */
    void grantTo(ServiceRole role) {
        grants.forEach(grant -> grant.accept(role));
        if (!secretArns.isEmpty()) {
            role.addPermission(Permission.allow("ReadOwnSecrets",
                    List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"), secretArns));
        }
    }

    List<EgressRule> egress() {
        return egress;
    }

    List<String> callers() {
        return callers;
    }
}
