package io.enis.constructs.platform;

import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1Config;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1Metadata;
import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.iam.ServiceRoleProps;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.OrderedMap;
import io.enis.constructs.helm.HelmChart;
import io.enis.constructs.helm.HelmChartProps;
import io.enis.constructs.aws.eks.EksCluster;
import io.enis.constructs.k8s.DatabaseBootstrap;
import java.util.List;
import software.constructs.Construct;

/**
 * Where database bootstrap jobs run ({@link DatabaseBootstrap}): namespace
 * {@code db-admin} (Pod Security {@code restricted}), service account {@code db-bootstrap} whose
 * IRSA role may read only the shared instance's master secret and the services' database
 * secrets ({@code <secretPrefix><service>/database-*}), and a SecretStore authenticating as it.
 * Master credentials never reach a service namespace.
 */
public final class DatabaseAdmin extends Construct {
    /** The namespace bootstrap jobs run in (a {@link DatabaseBootstrap}'s default). */
    public static final String NAMESPACE = DatabaseBootstrap.ADMIN_NAMESPACE;
    /** The SecretStore of the namespace (a {@link DatabaseBootstrap}'s default). */
    public static final String SECRET_STORE = DatabaseBootstrap.ADMIN_SECRET_STORE;
    /** The service account bootstrap jobs run as (a {@link DatabaseBootstrap}'s default). */
    public static final String SERVICE_ACCOUNT = DatabaseBootstrap.ADMIN_SERVICE_ACCOUNT;

    /** @see DatabaseAdminProps for what is required */
    public DatabaseAdmin(Construct scope, String id, DatabaseAdminProps props) {
        super(scope, id);
        EksCluster cluster = props.addons().cluster();
        AwsAccount account = props.account();
        ChartRef rawChart = props.addons().chart(ClusterAddons.RAW_CHART);
        new NamespaceV1(this, "Namespace", NamespaceV1Config.builder()
                .metadata(NamespaceV1Metadata.builder().name(NAMESPACE).labels(OrderedMap.strings(
                        "pod-security.kubernetes.io/enforce", "restricted", "app.kubernetes.io/part-of", "enis")).build())
                .build());
        ServiceRole role = new ServiceRole(this, "Role", ServiceRoleProps.builder()
                .naming(props.naming().forComponent("db-admin"))
                .oidcProviderArn(cluster.oidcProviderArn()).oidcIssuerUrl(cluster.oidcIssuerUrl())
                .namespace(NAMESPACE).serviceAccount(SERVICE_ACCOUNT)
                .permissions(List.of(Permission.allow("ReadDatabaseSecrets",
                        List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                        List.of(props.masterSecretArn(),
                                account.arn("secretsmanager", "secret:" + props.secretPrefix() + "*/database-*")))))
                .build());
        new HelmChart(this, "Access", HelmChartProps.builder()
                .releaseName("db-admin-access").namespace(NAMESPACE)
                .repository(rawChart.repository()).chart(rawChart.chart()).version(rawChart.version())
                .values(OrderedMap.of("resources", Addons.secretStore(role, SERVICE_ACCOUNT, SECRET_STORE, account.region())))
                .dependsOn(List.of(props.addons().externalSecrets().release()))
                .build());
    }
}
