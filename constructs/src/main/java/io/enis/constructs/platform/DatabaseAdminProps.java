package io.enis.constructs.platform;

import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Props of {@link DatabaseAdmin}; build with {@link #builder()}.
 *
 * @param naming required: the admin role is named after component {@code db-admin} of it
 * @param account required: scopes the secret ARNs the role may read
 * @param addons required: the cluster's add-ons; the admin namespace is in their cluster, its
 *     SecretStore is applied with their {@code raw} chart after their External Secrets release
 * @param masterSecretArn required: the shared instance's RDS-managed master secret
 * @param secretPrefix required: prefix of the services' secret names, ending in {@code /}, e.g.
 *     {@code enis/prod/}; the role may read {@code <secretPrefix><service>/database-*}
 */
@RecordBuilder
public record DatabaseAdminProps(Naming naming, AwsAccount account, ClusterAddons addons, String masterSecretArn,
        String secretPrefix) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed */
    public DatabaseAdminProps {
        Require require = Require.of("DatabaseAdminProps");
        require.present("naming", naming);
        require.present("account", account);
        require.present("addons", addons);
        require.text("masterSecretArn", masterSecretArn);
        require.matches("secretPrefix", secretPrefix, "[A-Za-z0-9/_+=.@-]*/",
                "a secret-name prefix ending in '/', such as enis/prod/");
    }

    public static DatabaseAdminPropsBuilder builder() {
        return DatabaseAdminPropsBuilder.builder();
    }
}
