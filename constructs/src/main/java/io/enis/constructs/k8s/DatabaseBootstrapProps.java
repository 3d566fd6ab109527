package io.enis.constructs.k8s;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Props of {@link DatabaseBootstrap}; build with {@link #builder()}. The defaults of the admin
 * namespace, its SecretStore and service account are the ones
 * {@link io.enis.constructs.platform.DatabaseAdmin} creates.
 *
 * @param service required: lower-case letters and digits; the role and the database get this name
 * @param host required: the PostgreSQL instance's host name (a Terraform reference)
 * @param masterSecretArn required: the RDS-managed master secret (JSON with {@code username}, {@code password})
 * @param serviceSecretName required: the service's database secret, name or ARN (JSON with
 *     {@code username}, {@code password}); the role gets that password
 * @param databaseCidrs required: where the instance lives (the data subnets); the job may reach only
 *     these on 5432, and DNS
 * @param namespace default {@value DatabaseBootstrap#ADMIN_NAMESPACE}: where the job runs; it must have
 *     the SecretStore {@code secretStore}
 * @param secretStore default {@value DatabaseBootstrap#ADMIN_SECRET_STORE}: the SecretStore that may read both secrets
 * @param serviceAccount default {@value DatabaseBootstrap#ADMIN_SERVICE_ACCOUNT}: the service account the job runs as
 */
@RecordBuilder
public record DatabaseBootstrapProps(String service, String host, String masterSecretArn, String serviceSecretName,
        List<String> databaseCidrs, String namespace, String secretStore, String serviceAccount) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed */
    public DatabaseBootstrapProps {
        Require require = Require.of("DatabaseBootstrapProps");
        require.matches("service", service, "[a-z][a-z0-9]*", "use lower-case letters and digits (a PostgreSQL identifier)");
        require.text("host", host);
        require.text("masterSecretArn", masterSecretArn);
        require.text("serviceSecretName", serviceSecretName);
        databaseCidrs = require.notEmpty("databaseCidrs", databaseCidrs);
        namespace = dnsLabel(require, "namespace", namespace, DatabaseBootstrap.ADMIN_NAMESPACE);
        secretStore = dnsLabel(require, "secretStore", secretStore, DatabaseBootstrap.ADMIN_SECRET_STORE);
        serviceAccount = dnsLabel(require, "serviceAccount", serviceAccount, DatabaseBootstrap.ADMIN_SERVICE_ACCOUNT);
    }

    private static String dnsLabel(Require require, String field, String value, String defaultValue) {
        String result = value == null ? defaultValue : value;
        return require.matches(field, result, ServiceDeploymentProps.DNS_LABEL,
                "use a Kubernetes DNS label (lower-case letters, digits, '-')");
    }

    public static DatabaseBootstrapPropsBuilder builder() {
        return DatabaseBootstrapPropsBuilder.builder();
    }
}
